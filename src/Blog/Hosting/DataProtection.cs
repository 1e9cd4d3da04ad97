using Microsoft.AspNetCore.DataProtection;

namespace Blog.Hosting;

/// <summary>
/// The framework registers Data Protection for antiforgery tokens, which this site never issues: its
/// forms are searches sent with GET, and its cookies (theme, language) are plain values. Left as it is,
/// every start makes a key, writes it under the user's home (or warns that it cannot, on a read-only
/// container), and warns that it is not encrypted. Keys that live in memory only are all such a site
/// needs: nothing is written, nothing warns, and nothing a reader holds depends on them.
/// </summary>
internal static class DataProtection
{
    public static IServiceCollection AddInMemoryDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().UseEphemeralDataProtectionProvider();

        // The framework's start-up task makes the key ring of the key manager (write and warnings included)
        // whether or not anything will protect data; with the provider above nothing asks for that ring.
        var framework = typeof(EphemeralDataProtectionProvider).Assembly;
        foreach (var warmUp in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType?.Assembly == framework).ToList())
        {
            services.Remove(warmUp);
        }

        return services;
    }
}
