using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Addresses;

/// <summary>What an address of the site leads to, found once at load time so that a request only looks it up.</summary>
public abstract record SiteAddress;

/// <summary>A post's or page's own address in one language: the page is served there.</summary>
public sealed record ServedAddress(PostVersion Version, bool IsPage) : SiteAddress;

/// <summary>An address the post or page had before (a static build's, a front-matter alias): a permanent redirect.</summary>
public sealed record MovedAddress(string Target) : SiteAddress;

/// <summary>
/// A post's or page's address without its language (<c>/posts/{slug}</c>, <c>/resume</c>): the reader's
/// language decides where it leads. <paramref name="Address"/> is its one spelling that negotiates; the
/// others (<c>/resume/</c>, <c>/resume.html</c>) are old links, sent to the main language for good.
/// </summary>
public sealed record AnyLanguageAddress(Post Post, string Address) : SiteAddress;

/// <summary>An old address of a list of posts: all of them (<paramref name="Section"/> null) or one section's.</summary>
public sealed record ListAddress(string? Section) : SiteAddress;
