namespace Blog;

/// <summary>
/// Names the resource files of the site's own words (<c>Resources/SharedResource.{culture}.resx</c>;
/// it sits in the root namespace so the file name needs no folder). A new UI language is one more
/// file beside them.
/// </summary>
internal sealed class SharedResource;
