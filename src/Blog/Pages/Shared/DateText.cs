using Blog.Content.Posts;
using Blog.Localization;

namespace Blog.Pages.Shared;

/// <summary>
/// A post date as a reader of a language writes it (29 July 2025, 29 tháng 7, 2025), and as machines
/// read it. A date the blog could not read is shown as the author wrote it, without a machine form.
/// </summary>
internal sealed record DateText(string Display, string? Iso)
{
    public static DateText? Of(Post post, UiStrings ui)
    {
        if (post.Date is { } date)
        {
            return new DateText(ui.Date(date.Day), date.ToIso());
        }

        return post.DateText is null ? null : new DateText(post.DateText, null);
    }
}
