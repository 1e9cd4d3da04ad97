namespace Blog.Pages.Shared;

internal sealed record TagLink(string Name, string Url);
