using Blog.Content.Languages;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>Stops the app at startup, with a message naming the setting, when the configuration cannot work.</summary>
internal sealed class BlogOptionsValidator : IValidateOptions<BlogOptions>
{
    public ValidateOptionsResult Validate(string? name, BlogOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SiteTitle))
        {
            errors.Add("Blog:SiteTitle must not be empty.");
        }

        if (LanguageRegistry.Normalize(options.DefaultLanguage) is null)
        {
            errors.Add($"Blog:DefaultLanguage '{options.DefaultLanguage}' is not a language tag such as 'en' or 'vi'.");
        }

        if (options.BaseUrl is { Length: > 0 } baseUrl
            && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add($"Blog:BaseUrl '{baseUrl}' must be an absolute http or https URL, such as https://example.com.");
        }

        if (options.PostsPath is { } path && string.IsNullOrWhiteSpace(path))
        {
            errors.Add("Blog:PostsPath must not be blank; remove it to use the posts folder beside the app.");
        }

        if (options.PollingInterval < TimeSpan.FromMilliseconds(100) || options.PollingInterval > TimeSpan.FromMinutes(10))
        {
            errors.Add($"Blog:PollingInterval '{options.PollingInterval}' must be between 00:00:00.1 and 00:10:00.");
        }

        if (options.ReloadDelay < TimeSpan.Zero || options.ReloadDelay > TimeSpan.FromSeconds(10))
        {
            errors.Add($"Blog:ReloadDelay '{options.ReloadDelay}' must be between 00:00:00 and 00:00:10.");
        }

        if (options.PageCacheMegabytes is < 0 or > 65536)
        {
            errors.Add($"Blog:PageCacheMegabytes '{options.PageCacheMegabytes}' must be between 0 (no page cache) and 65536.");
        }

        if (options.ReloadStuckAfter < TimeSpan.FromSeconds(1) || options.ReloadDeadAfter < options.ReloadStuckAfter)
        {
            errors.Add($"Blog:ReloadStuckAfter '{options.ReloadStuckAfter}' must be at least 00:00:01, and Blog:ReloadDeadAfter '{options.ReloadDeadAfter}' at least as long.");
        }

        if (options.MaxConnections is < 1 or > 1_000_000)
        {
            errors.Add($"Blog:MaxConnections '{options.MaxConnections}' must be between 1 and 1000000.");
        }

        if (options.KeepAliveTimeout < TimeSpan.FromSeconds(1) || options.RequestHeadersTimeout < TimeSpan.FromSeconds(1))
        {
            errors.Add("Blog:KeepAliveTimeout and Blog:RequestHeadersTimeout must be at least 00:00:01.");
        }

        if (options.MaxConcurrentRenders is < 1 or > 4096)
        {
            errors.Add($"Blog:MaxConcurrentRenders '{options.MaxConcurrentRenders}' must be between 1 and 4096.");
        }

        if (options.RenderQueueLimit is < 0 or > 1_000_000)
        {
            errors.Add($"Blog:RenderQueueLimit '{options.RenderQueueLimit}' must be between 0 and 1000000.");
        }

        if (options.RenderBufferMegabytes is < 1 or > 65536)
        {
            errors.Add($"Blog:RenderBufferMegabytes '{options.RenderBufferMegabytes}' must be between 1 and 65536.");
        }

        if (options.MaxPostBytes is < 1024 or > 1024 * 1024 * 1024)
        {
            errors.Add($"Blog:MaxPostBytes '{options.MaxPostBytes}' must be between 1024 (1 KB) and 1073741824 (1 GB).");
        }

        foreach (var proxy in options.KnownProxies)
        {
            if (!System.Net.IPAddress.TryParse(proxy, out _))
            {
                errors.Add($"Blog:KnownProxies '{proxy}' is not an IP address.");
            }
        }

        if (!Blog.Content.Addresses.Permalink.TryParse(options.Permalink, out var permalink, out var problem))
        {
            errors.Add($"Blog:Permalink {problem}.");
        }
        else if (permalink.FirstLiteral is { } literal && Routing.SiteRoutes.AfterLanguage.Contains(literal) && literal != "posts")
        {
            errors.Add($"Blog:Permalink '{options.Permalink}' puts posts under /{{lang}}/{literal}, which is the site's own; use another word, such as posts.");
        }

        foreach (var (language, items) in options.Menu)
        {
            if (LanguageRegistry.Normalize(language) is null)
            {
                errors.Add($"Blog:Menu:{language} is not a language tag such as 'en' or 'vi'.");
            }

            foreach (var (item, index) in items.Select((item, index) => (item, index)))
            {
                if (string.IsNullOrWhiteSpace(item.Text) || !MenuItem.IsSiteOrWebLink(item.Url))
                {
                    errors.Add($"Blog:Menu:{language}:{index} needs a Text and a Url that is a path on this site (/en/resume) or an http(s) address.");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
