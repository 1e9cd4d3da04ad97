using System.Net;
using Blog.Testing;
using Blog.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Blog.Tests.Deploy;

/// <summary>The manifests in deploy/k8s parse, and what they promise matches the app: its port, its health endpoints.</summary>
public sealed class KubernetesManifestTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static string ManifestFolder() => Path.Combine(SourceTree.Root, "deploy", "k8s");

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(ManifestFolder(), file))));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlNode At(YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step switch
            {
                string key => ((YamlMappingNode)node).Children[new YamlScalarNode(key)],
                int index => ((YamlSequenceNode)node).Children[index],
                _ => throw new ArgumentException("path steps are keys or indexes", nameof(path)),
            };
        }

        return node;
    }

    private static string Text(YamlNode node, params object[] path) => ((YamlScalarNode)At(node, path)).Value!;

    [Fact]
    public void Every_manifest_parses()
    {
        foreach (var file in Directory.EnumerateFiles(ManifestFolder(), "*.yaml"))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            Assert.NotEmpty(stream.Documents);
        }
    }

    [Fact]
    public void The_deployment_runs_replicas_as_non_root_on_a_read_only_filesystem_with_limits()
    {
        var deployment = Load("deployment.yaml");
        Assert.Equal("Deployment", Text(deployment, "kind"));
        Assert.True(int.Parse(Text(deployment, "spec", "replicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);

        var pod = At(deployment, "spec", "template", "spec");
        Assert.Equal("true", Text(pod, "securityContext", "runAsNonRoot"));
        var container = At(pod, "containers", 0);
        Assert.Equal("8080", Text(container, "ports", 0, "containerPort"));
        Assert.Equal("true", Text(container, "securityContext", "readOnlyRootFilesystem"));
        foreach (var kind in new[] { "requests", "limits" })
        {
            Assert.NotEmpty(Text(container, "resources", kind, "cpu"));
            Assert.NotEmpty(Text(container, "resources", kind, "memory"));
        }

        Assert.Equal(Text(deployment, "spec", "selector", "matchLabels", "app.kubernetes.io/name"), Text(deployment, "spec", "template", "metadata", "labels", "app.kubernetes.io/name"));

        // Traffic stops before the app does, and the app has time to finish what is in flight.
        Assert.NotNull(At(container, "lifecycle", "preStop"));
        Assert.True(int.Parse(Text(pod, "terminationGracePeriodSeconds"), System.Globalization.CultureInfo.InvariantCulture) > 30);
    }

    [Fact]
    public async Task The_probes_point_at_health_endpoints_the_app_answers()
    {
        var container = At(Load("deployment.yaml"), "spec", "template", "spec", "containers", 0);

        // The image carries posts (an empty folder is not ready, by design: see HealthTests).
        _factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        using var client = _factory.Client(followRedirects: false);

        var probes = new[] { "livenessProbe", "readinessProbe", "startupProbe" }
            .Select(probe => (Probe: probe, Path: Text(container, probe, "httpGet", "path"), Port: Text(container, probe, "httpGet", "port"),
                Host: Text(container, probe, "httpGet", "httpHeaders", 0, "value")))
            .ToList();

        Assert.Contains(probes, p => p.Probe == "livenessProbe" && p.Path == "/healthz/live");
        Assert.Contains(probes, p => p.Probe == "readinessProbe" && p.Path == "/healthz/ready");
        foreach (var (probe, path, port, host) in probes)
        {
            Assert.Equal(Text(container, "ports", 0, "name"), port);

            // With Blog:BaseUrl set (as in the manifest and the test app), the probe's Host must pass the host filter.
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)) { Headers = { Host = host } };
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{probe} asks {path} as {host}, which answers {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void The_deployment_sets_the_sites_public_address()
    {
        var container = At(Load("deployment.yaml"), "spec", "template", "spec", "containers", 0);
        var env = ((YamlSequenceNode)At(container, "env")).Children.ToDictionary(e => Text(e, "name"), e => Text(e, "value"), StringComparer.Ordinal);

        Assert.True(Uri.TryCreate(env["Blog__BaseUrl"], UriKind.Absolute, out var address) && address.Scheme == "https", env["Blog__BaseUrl"]);
    }

    [Fact]
    public void The_service_sends_traffic_to_the_pods_port()
    {
        var service = Load("service.yaml");
        var deployment = Load("deployment.yaml");

        Assert.Equal("Service", Text(service, "kind"));
        Assert.Equal(Text(deployment, "spec", "template", "metadata", "labels", "app.kubernetes.io/name"), Text(service, "spec", "selector", "app.kubernetes.io/name"));
        Assert.Equal(Text(deployment, "spec", "template", "spec", "containers", 0, "ports", 0, "name"), Text(service, "spec", "ports", 0, "targetPort"));
    }

    [Fact]
    public void The_volume_patch_mounts_posts_read_only_where_the_app_reads_them()
    {
        var patch = Load("posts-volume.yaml");

        var mount = At(patch, "spec", "template", "spec", "containers", 0, "volumeMounts", 0);
        Assert.Equal("/app/posts", Text(mount, "mountPath"));
        Assert.Equal("true", Text(mount, "readOnly"));
    }
}
