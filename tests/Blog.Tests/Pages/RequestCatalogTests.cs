using Blog.Content.Catalog;
using Blog.Pages.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Blog.Tests.Pages;

/// <summary>A page's body, menu and feed links come from one snapshot, even when a reload lands mid-request.</summary>
public sealed class RequestCatalogTests
{
    [Fact]
    public void A_request_keeps_the_snapshot_it_first_read_after_a_reload_swaps_another_in()
    {
        using var store = new CatalogStore(new FakeTimeProvider());
        store.Replace(new LoadResult([], [], TimeSpan.Zero));
        var context = new DefaultHttpContext();
        var first = RequestCatalog.Of(context, store);

        store.Replace(new LoadResult([], [], TimeSpan.Zero));

        Assert.NotSame(first, store.Current);
        Assert.Same(first, RequestCatalog.Of(context, store));
        Assert.Same(store.Current, RequestCatalog.Of(new DefaultHttpContext(), store));
    }

    [Fact]
    public void A_snapshot_held_for_the_request_is_the_one_its_pages_read()
    {
        using var store = new CatalogStore(new FakeTimeProvider());
        store.Replace(new LoadResult([], [], TimeSpan.Zero));
        var held = store.Current;
        store.Replace(new LoadResult([], [], TimeSpan.Zero));
        var context = new DefaultHttpContext();

        RequestCatalog.Hold(context, held);

        Assert.Same(held, RequestCatalog.Of(context, store));
    }
}
