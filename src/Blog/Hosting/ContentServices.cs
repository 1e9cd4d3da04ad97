using Blog.Content.Catalog;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Blog.Hosting;

internal static class ContentServices
{
    /// <summary>Options, the catalog and its first load: everything the pages read from.</summary>
    public static IServiceCollection AddBlogContent(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<BlogOptions>()
            .BindConfiguration(BlogOptions.Section)
            .PostConfigure(PollingWatcher.Apply);
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<BlogOptions>, BlogOptionsValidator>();
        services.AddSingleton<SiteSettings>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CatalogStore>();
        services.AddSingleton<SiteLoader>();
        services.AddSingleton<LoaderHealth>();
        services.AddSingleton<IPostSource, FolderPostSource>();
        services.AddSingleton<CatalogRefresher>();
        services.AddSingleton<CatalogLoader>();
        services.AddHostedService(provider => provider.GetRequiredService<CatalogLoader>());
        services.AddHostedService<PostsWatcher>();
        return services;
    }
}
