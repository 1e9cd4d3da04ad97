namespace Blog.Pages.Shared;

/// <summary>Newer and older pages of a long list (ten posts a page unless said otherwise), for the <c>_Pager</c> partial.</summary>
internal sealed record Pager(int PageNumber, string? NewerUrl, string? OlderUrl, Localization.UiStrings Ui)
{
    public const int PageSize = 10;

    /// <summary>How many pages <paramref name="count"/> posts fill (at least one, for an empty list).</summary>
    public static int PageCount(int count, int pageSize = PageSize) => Math.Max(1, (count + pageSize - 1) / pageSize);

    public static Pager For(int page, int count, Func<int, string> url, Localization.UiStrings ui, int pageSize = PageSize) =>
        new(page, page > 1 ? url(page - 1) : null, page < PageCount(count, pageSize) ? url(page + 1) : null, ui);

    public bool IsNeeded => NewerUrl is not null || OlderUrl is not null;
}
