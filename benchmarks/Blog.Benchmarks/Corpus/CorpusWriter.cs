using System.Globalization;
using System.Text;

namespace Blog.Benchmarks.Corpus;

/// <summary>
/// Writes N bilingual posts in the seed's format (pandoc-style front matter, the post under
/// <c>## English</c> and again under <c>## Tiếng Việt</c>, with sections, lists, code and links) of
/// about the given size each. The same seed gives the same files, byte for byte.
/// </summary>
internal sealed class CorpusWriter(int seed, int targetBytes)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly DateOnly FirstDate = new(2012, 1, 1);

    public void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var (name, text) = Post(i);
            File.WriteAllText(Path.Combine(folder, name), text, Utf8);
        }
    }

    /// <summary>The file name and text of post number <paramref name="index"/>.</summary>
    public (string FileName, string Text) Post(int index)
    {
        // One generator per post, so any post can be produced alone and a larger corpus starts with a smaller one.
        var random = new Random(unchecked((seed * 1_000_003) + index) & int.MaxValue);
        var date = FirstDate.AddDays(index % 5000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = Capitalise(Words(random, Vocabulary.English, 4)) + $" {index}";
        var titleVi = Capitalise(Words(random, Vocabulary.Vietnamese, 4)) + $" {index}";
        var tags = Enumerable.Range(0, 3).Select(_ => Pick(random, Vocabulary.Tags)).Distinct().ToList();

        var text = new StringBuilder(targetBytes + 512);
        text.Append("---\n")
            .Append("title-prefix: \"corpus.example\"\n")
            .Append(CultureInfo.InvariantCulture, $"title: \"{title}\"\n")
            .Append(CultureInfo.InvariantCulture, $"subtitle: \"{Capitalise(Words(random, Vocabulary.English, 8))}.\"\n")
            .Append(CultureInfo.InvariantCulture, $"date: \"{date}\"\n")
            .Append("author: \"Corpus Writer\"\n")
            .Append("author-url: \"https://corpus.example/about\"\n")
            .Append("lang: \"en\"\n")
            .Append("toc-title: \"Contents\"\n")
            .Append(CultureInfo.InvariantCulture, $"keywords: \"{string.Join(", ", tags)}\"\n")
            .Append(CultureInfo.InvariantCulture, $"description-meta: \"{Capitalise(Words(random, Vocabulary.English, 14))}.\"\n")
            .Append("translations:\n  vi:\n")
            .Append(CultureInfo.InvariantCulture, $"    title: \"{titleVi}\"\n")
            .Append("    toc-title: \"Mục lục\"\n")
            .Append("---\n\n")
            .Append(CultureInfo.InvariantCulture, $"# {title}\n\n");

        // Vietnamese takes about 1.6 times the bytes of English for the same sections, and a section
        // stops after the part that crosses its share, about 300 bytes over on average.
        var start = Utf8.GetByteCount(text.ToString());
        var half = ((targetBytes - Utf8.GetByteCount(text.ToString())) * 42 / 100) - 300;
        // Both languages get the same sections, as a translated post has: the English text sets how many.
        var parts = Section(text, random, "English", Vocabulary.English, p => Utf8.GetByteCount(text.ToString()) - start < half);
        text.Append("---\n\n");
        Section(text, random, "Tiếng Việt", Vocabulary.Vietnamese, p => p < parts);
        return ($"{date}-post-{index:D5}.md", text.ToString());
    }

    /// <returns>The number of sections written.</returns>
    private static int Section(StringBuilder text, Random random, string heading, string[] words, Func<int, bool> another)
    {
        text.Append(CultureInfo.InvariantCulture, $"## {heading}\n\n");
        var part = 0;
        while (another(part))
        {
            part++;
            text.Append(CultureInfo.InvariantCulture, $"### {Capitalise(Words(random, words, 3))} {part}\n\n");
            text.Append(Paragraph(random, words)).Append("\n\n");
            switch (part % 3)
            {
                case 0:
                    var language = Pick(random, Vocabulary.CodeLanguages);
                    text.Append(CultureInfo.InvariantCulture, $"```{language}\n");
                    for (var line = 0; line < 4; line++)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"value_{line} = load(\"{Pick(random, Vocabulary.English)}\", {random.Next(100)})\n");
                    }

                    text.Append("```\n\n");
                    break;
                case 1:
                    for (var item = 0; item < 3; item++)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"- **{Capitalise(Pick(random, words))}**: {Words(random, words, 9)}.\n");
                    }

                    text.Append('\n');
                    break;
                default:
                    text.Append(CultureInfo.InvariantCulture, $"{Capitalise(Words(random, words, 6))} [{Pick(random, words)}](https://example.com/{random.Next(1000)}) `{Pick(random, Vocabulary.English)}()`.\n\n");
                    break;
            }
        }

        return part;
    }

    private static string Paragraph(Random random, string[] words) =>
        string.Join(' ', Enumerable.Range(0, 4).Select(_ => Capitalise(Words(random, words, random.Next(8, 16))) + "."));

    private static string Words(Random random, string[] words, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Pick(random, words)));

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
