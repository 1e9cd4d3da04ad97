namespace Blog.Caching;

/// <summary>
/// Marks a page whose successful response is the same for every reader who asks for the same address
/// with the same theme, until the catalog changes: it is rendered and compressed once per catalog
/// version and then served from memory. A response that sets any header of its own beyond its content
/// type (the home page at <c>/</c> varies by language) is served as rendered and not kept.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class SharedPageAttribute : Attribute;
