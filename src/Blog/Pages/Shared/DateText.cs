using System.Globalization;
using Blog.Content.Posts;

namespace Blog.Pages.Shared;

/// <summary>
/// A post date as a reader of a language writes it (29 July 2025), and as machines read it. A date
/// the blog could not read is shown as the author wrote it, without a machine form.
/// </summary>
internal sealed record DateText(string Display, string? Iso)
{
    public static DateText? Of(Post post, string languageTag)
    {
        if (post.Date is { } date)
        {
            return new DateText(date.Day.ToString("d MMMM yyyy", CultureFor(languageTag)), date.ToIso());
        }

        return post.DateText is null ? null : new DateText(post.DateText, null);
    }

    private static CultureInfo CultureFor(string languageTag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(languageTag);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
