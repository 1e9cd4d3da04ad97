using Blog.Content.Posts;
using System.Globalization;

namespace Blog.Pages.Shared;

/// <summary>A post date as a reader of a language writes it (29 July 2025), and as machines read it.</summary>
internal sealed record DateText(string Display, string Iso)
{
    public static DateText? Of(PostDate? date, string language)
    {
        if (date is not { } value)
        {
            return null;
        }

        var culture = CultureFor(language);
        return new DateText(value.Day.ToString("d MMMM yyyy", culture), value.ToIso());
    }

    private static CultureInfo CultureFor(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
