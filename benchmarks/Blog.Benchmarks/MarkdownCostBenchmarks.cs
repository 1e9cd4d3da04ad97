using System.Text;
using BenchmarkDotNet.Attributes;
using Blog.Content.Posts;
using Blog.Testing;

namespace Blog.Benchmarks;

/// <summary>
/// What one post costs to parse as the loader parses it, for the two shapes the pandoc work changes
/// most: a post shaped like the seed (front matter with title-prefix and date-meta, a title and subtitle,
/// <c>## English</c> and <c>## Tiếng Việt</c> sections, lists and emphasis) from the migrated-blog
/// fixture, and a bilingual post heavy with TeX math. Run the same class on an older commit to compare.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MarkdownCostBenchmarks
{
    private readonly PostParser _parser = new("en");
    private byte[] _bytes = [];
    private string _fileName = string.Empty;

    [Params("seed-shaped", "math-heavy")]
    public string Shape { get; set; } = "seed-shaped";

    [GlobalSetup]
    public void Setup()
    {
        if (Shape == "math-heavy")
        {
            _fileName = "2025-10-01-math.md";
            _bytes = Encoding.UTF8.GetBytes(MathPost());
            return;
        }

        var root = Path.Combine(Path.GetTempPath(), "blog-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            PandocBlog.Write(root, posts: 3);
            var file = Directory.EnumerateFiles(Path.Combine(root, "posts"), "*.md", SearchOption.AllDirectories)
                .Where(path => !path.EndsWith("index.md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .First();
            _fileName = Path.GetRelativePath(Path.Combine(root, "posts"), file).Replace('\\', '/');
            _bytes = File.ReadAllBytes(file);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Benchmark]
    public Post Parse() => _parser.Parse(_bytes, _fileName).Post;

    internal static string MathPost()
    {
        var text = new StringBuilder("""
            ---
            title: "Counting with formulas"
            date: "2025-10-01"
            lang: "en"
            ---

            """);
        string[] formulas =
        [
            @"$\frac{dC}{dQ} = \frac{1}{V}$",
            @"$x_{n+1} = x_n - \frac{f(x_n)}{f'(x_n)}$",
            @"$\sqrt[3]{a^2 + b^2}$",
            @"$\sum_{i=1}^{n} i = \frac{n(n+1)}{2}$",
            @"$\alpha + \beta \leq \gamma \cdot \delta$",
            @"$\left( \int_0^\infty e^{-x^2}\,dx \right)^2 = \frac{\pi}{4}$",
            @"$\mathbb{R}^n \to \mathcal{L}(\mathbf{v})$",
            @"$\lim_{x \to 0} \frac{\sin x}{x} = 1$",
        ];
        foreach (var (heading, language) in new[] { ("English", "en"), ("Tiếng Việt", "vi") })
        {
            text.Append("## ").Append(heading).Append("\n\n");
            for (var paragraph = 0; paragraph < 6; paragraph++)
            {
                var words = language == "en" ? "The cost grows as" : "Chi phí tăng theo";
                text.Append(words).Append(' ').Append(formulas[paragraph % formulas.Length])
                    .Append(", and for a budget of $20 and $30 it stays ").Append(formulas[(paragraph + 3) % formulas.Length]).Append(".\n\n");
                text.Append("$$").Append(formulas[(paragraph + 5) % formulas.Length].Trim('$')).Append("$$\n\n");
            }

            text.Append(@"$$\begin{pmatrix} a & b \\ c & d \end{pmatrix} \begin{cases} x & x > 0 \\ -x & \text{otherwise} \end{cases}$$").Append("\n\n---\n\n");
        }

        return text.ToString();
    }
}
