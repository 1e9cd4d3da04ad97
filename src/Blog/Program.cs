using Blog.Hosting;
using Blog.Routing;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Logging: Serilog configured from appsettings, through DI so every test host gets its own logger.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());

// Content: options, the immutable catalog, and its load before the first request.
builder.Services.AddBlogContent();

// Web: pages, their routes and URLs.
builder.Services.AddBlogRouting();
builder.Services.AddRazorPages(pages => pages.Conventions.AddBlogPageRoutes());

// The top-level wwwroot is this project's static web assets (see Blog.csproj); their manifest
// exists only in build output, so this is a no-op in a published app.
builder.WebHost.UseStaticWebAssets();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}

app.UseStatusCodePagesWithReExecute("/not-found");
app.UseSerilogRequestLogging();
app.MapStaticAssets();
app.MapRazorPages();

app.Run();
