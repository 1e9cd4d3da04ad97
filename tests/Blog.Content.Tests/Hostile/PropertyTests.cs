using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Blog.Content.Catalog;
using Blog.Content.Posts;
using Blog.Content.Tests.Support;
using Blog.Testing;
using CsCheck;

namespace Blog.Content.Tests.Hostile;

/// <summary>
/// Random and mutated posts: the parser either returns a post or says why it cannot, and the loader
/// never throws, whatever the input. Each run draws new cases (1,000 posts, 2,000 byte strings and 50
/// folders: sized so that the suite stays quick); a failure prints the seed that replays it.
/// </summary>
public sealed class PropertyTests
{
    private static readonly string[] Pieces =
    [
        "---", "...", "\n", "\n\n", "\r\n", "\r", " ", "  ", "\t", "#", "## ", "### ", "# Title", "## English", "## Tiếng Việt",
        "## 日本語", "{lang=vi}", "{#id}", "{.class}", "title:", "title: ", "date: ", "2025-07-29", "draft: ", "true", "maybe",
        "keywords:", " - a", "[1, 2]", "{a: b}", "translations:", "  vi:", "    title: x", "lang: ", "vi", "en", "\"", "'",
        ":", "- ", "* ", "1. ", "> ", "```", "~~~", "| a | b |", "|---|---|", "[^1]", "[^1]: note", "[x]: /url", "[x]",
        "<script>", "</script>", "&amp;", "*", "_", "`", "\\", "\u0000", "\uFEFF", "đ", "ệ", "\u0323", "😀", "\uD800",
    ];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Array[0, 60]
        .Select(indexes => string.Concat(indexes.Select(i => Pieces[i])));

    private static readonly string[] Nesters = ["[", "{a: ", "- ", "> ", "  ", "\t", "* ", "1. ", "  - ", "[x]("];

    /// <summary>One piece repeated, up to thousands of times: the shape that exhausts recursive parsers.</summary>
    private static readonly Gen<string> Deep = Gen.Select(Gen.Int[0, Nesters.Length - 1], Gen.Int[1, 6000], Gen.Bool, (piece, times, inYaml) =>
    {
        var nested = string.Concat(Enumerable.Repeat(Nesters[piece], times)) + "x";
        return inYaml ? $"---\nk: {nested}\n---\nText.\n" : $"---\ntitle: t\n---\n{nested}\n";
    });

    private static readonly Gen<string> FrontMatterPost = Gen.Select(Text, Text, (yaml, body) => $"---\n{yaml}\n---\n{body}");

    private static readonly Gen<byte[]> AnyBytes = Gen.Byte.Array[0, 200];

    [Fact]
    public void Random_posts_parse_or_are_refused_with_a_reason()
    {
        var parser = new PostParser("en");

        Gen.OneOf(Text, FrontMatterPost, Deep).Sample(
            text =>
            {
                try
                {
                    var result = parser.Parse(Encoding.UTF8.GetBytes(text), "post.md");
                    Assert.NotEmpty(result.Post.Translations);
                    Assert.False(string.IsNullOrEmpty(result.Post.Slug));
                }
                catch (PostFormatException ex)
                {
                    Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                }
            },
            iter: 1000);
    }

    [Fact]
    public void Random_bytes_parse_or_are_refused_with_a_reason()
    {
        var parser = new PostParser("en");

        AnyBytes.Sample(
            bytes =>
            {
                var problem = ProblemInBytes(bytes);
                PostParseResult? parsed = null;
                PostFormatException? refusal = null;
                try
                {
                    parsed = parser.Parse(bytes, "post.md");
                }
                catch (PostFormatException ex)
                {
                    refusal = ex;
                }

                if (problem is not null)
                {
                    Assert.True(refusal is not null, $"bytes with {problem} were parsed");
                    Assert.Contains(problem, refusal.Message, StringComparison.Ordinal);
                }
                else if (refusal is not null)
                {
                    Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
                }
                else
                {
                    Assert.NotEmpty(parsed!.Post.Translations);
                }
            },
            iter: 2000);
    }

    /// <summary>
    /// What the refusal of bytes that are not a text file must name, worked out from the bytes alone (a
    /// byte-order mark is allowed): the first invalid UTF-8 byte, a NUL, or nothing but white space.
    /// </summary>
    private static string? ProblemInBytes(byte[] bytes)
    {
        ReadOnlySpan<byte> content = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes;
        var utf16 = new char[content.Length];
        if (Utf8.ToUtf16(content, utf16, out var valid, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return $"not UTF-8 text (invalid byte at offset {valid})";
        }

        var text = new string(utf16, 0, written);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return "NUL character";
        }

        return string.IsNullOrWhiteSpace(text) ? "the file is empty" : null;
    }

    [Fact]
    public void The_loader_never_throws_and_loads_a_folder_the_same_way_twice()
    {
        Gen.Select(Gen.OneOf(FrontMatterPost, FrontMatterPost, Deep).Array[1, 6], Gen.Bool).Sample(
            (posts, withTranslation) =>
            {
                using var folder = new TempPostsFolder();
                for (var i = 0; i < posts.Length; i++)
                {
                    folder.Write($"post-{i}.md", posts[i]);
                }

                if (withTranslation)
                {
                    folder.Write("post-0.vi.md", posts[^1]);
                }

                var log = new CollectingLogger<PostLoader>();
                var first = new PostLoader(log).Load(folder.Path, "en");
                var second = new PostLoader(new CollectingLogger<PostLoader>()).Load(folder.Path, "en");

                // Errors are for bugs: every bad input must be a warning with a reason, never a parser failure.
                Assert.DoesNotContain(log.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);

                Assert.Equal(Fingerprint(first), Fingerprint(second));
                Assert.All(first.Posts, post => Assert.NotEmpty(post.Translations));
            },
            iter: 50);
    }

    private static string Fingerprint(LoadResult result) => string.Join(
        "\n",
        result.Posts.SelectMany(p => p.Translations.Select(t => $"{p.SourceFile}|{t.Language}|{t.Slug}|{t.Title}|{t.Html.Length}"))
            .Concat(result.Failures.Select(f => f.ToString())));
}
