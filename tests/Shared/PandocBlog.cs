using System.Globalization;
using System.Text;

namespace Blog.Testing;

/// <summary>
/// A migrated pandoc blog laid out as the real one is: <c>posts/&lt;section&gt;/yyyy/MM/dd/&lt;name&gt;.md</c>
/// in the format reference's shape (pandoc front matter, <c># title</c>, <c>## subtitle</c>, the post under
/// <c>## English</c> and again under <c>## Tiếng Việt</c>), one post a day from <see cref="FirstDate"/>,
/// the old "All Posts" page, a section's intro page and the resume page. File names repeat across dates
/// and sections, as they do in the real blog, while every post has titles of its own, so a test can find
/// a page by its title. The Vietnamese title is a <c>#</c> heading right after <c>## Tiếng Việt</c>, which
/// keeps the front matter exactly the reference's. The same call writes the same bytes, on any machine.
/// </summary>
internal static class PandocBlog
{
    /// <summary>The size of the whole blog; the repeats described below hold for it.</summary>
    public const int DefaultPosts = 391;

    /// <summary>How many names occur more than once in the whole blog.</summary>
    public const int RepeatedNameCount = 34;

    /// <summary>How often the most repeated name occurs.</summary>
    public const int MostRepeats = 11;

    /// <summary>The name that occurs <see cref="MostRepeats"/> times, as "part 1" to "part 11" of a series.</summary>
    public const string SeriesName = "applying-new-knowledge-through-projects";

    /// <summary>The old "All Posts" page, relative to the site root.</summary>
    public const string AllPostsPage = "posts/index.md";

    /// <summary>The productivity section's intro page, relative to the site root.</summary>
    public const string SectionPage = "posts/productivity/index.md";

    /// <summary>The resume page, relative to the site root.</summary>
    public const string ResumePage = "pages/resume/index.md";

    /// <summary>Where pandoc's build put the list of posts: the whole body of <see cref="AllPostsPage"/>.</summary>
    public const string PostsListPlaceholder = "<!-- POSTS_LIST -->";

    public static readonly DateOnly FirstDate = new(2024, 7, 1);

    public static IReadOnlyList<string> Sections { get; } = ["continuous-learning", "productivity", "worklife-balance"];

    /// <summary>The keys of the format reference's front matter, in its order; every post has exactly these.</summary>
    public static IReadOnlyList<string> FrontMatterKeys { get; } =
    [
        "title-prefix", "title", "subtitle", "date", "date-meta", "author", "author-url", "author-meta",
        "lang", "toc-title", "keywords", "description-meta",
    ];

    private const int SeriesIndex = 0;
    private const ulong Seed = 0x7477_6179_2E64_6576;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the blog under <paramref name="siteRoot"/>. Fewer than <see cref="DefaultPosts"/> posts are
    /// the first days of the whole blog, so its repeats are then fewer.
    /// </summary>
    public static PandocBlogManifest Write(string siteRoot, int posts = DefaultPosts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(posts, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(posts, DefaultPosts);

        var written = new List<PandocBlogPost>(posts);
        foreach (var slot in Plan().Take(posts))
        {
            var (post, text) = Compose(slot, written);
            WriteFile(siteRoot, "posts/" + post.RelativePath, text);
            written.Add(post);
        }

        WriteFile(siteRoot, AllPostsPage, AllPostsText);
        WriteFile(siteRoot, SectionPage, SectionText);
        WriteFile(siteRoot, ResumePage, ResumeText);
        return new PandocBlogManifest(siteRoot, written);
    }

    /// <summary>
    /// The identifier pandoc's <c>auto_identifiers</c> gives a heading of plain text: lower case, only
    /// letters, digits and <c>_ - .</c> kept, words joined by hyphens, nothing before the first letter.
    /// Written out here rather than borrowed from the engine, so the fixture can check the engine.
    /// </summary>
    public static string Identifier(string heading)
    {
        var kept = new string(heading.ToLowerInvariant()
            .Where(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '_' or '-' or '.')
            .ToArray());
        var joined = string.Join('-', kept.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var start = 0;
        while (start < joined.Length && !char.IsLetter(joined[start]))
        {
            start++;
        }

        return start == joined.Length ? "section" : joined[start..];
    }

    /// <summary>
    /// Which topic each day gets and in which section: the series name <see cref="MostRepeats"/> times,
    /// 33 names 2, 3 or 4 times (every fourth of them moving to the next section on its even
    /// occurrences), every other name once, shuffled over the days, with one name on two days in a row.
    /// </summary>
    private static List<Slot> Plan()
    {
        var dice = new Dice(Seed);
        var combos = new List<Topic>();
        for (var section = 0; section < Sections.Count; section++)
        {
            foreach (var subject in Content.Of(section).Subjects)
            {
                foreach (var (en, vi) in Frames)
                {
                    combos.Add(new Topic(section, Capitalise(string.Format(CultureInfo.InvariantCulture, en, subject.En)), Capitalise(string.Format(CultureInfo.InvariantCulture, vi, subject.Vi)), subject));
                }
            }
        }

        dice.Shuffle(combos);
        var repeatedFiles = MostRepeats + Enumerable.Range(1, RepeatedNameCount - 1).Sum(RepeatsOf);
        var topics = new List<Topic> { SeriesTopic };
        topics.AddRange(combos.Take(DefaultPosts - repeatedFiles + RepeatedNameCount - 1));
        if (topics.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count() != topics.Count)
        {
            throw new InvalidOperationException("two topics of the fixture give the same file name");
        }

        var days = new List<int>(DefaultPosts);
        for (var topic = 0; topic < topics.Count; topic++)
        {
            var count = topic == SeriesIndex ? MostRepeats : topic < RepeatedNameCount ? RepeatsOf(topic) : 1;
            days.AddRange(Enumerable.Repeat(topic, count));
        }

        dice.Shuffle(days);

        // The real blog has the same name a few days apart; here one name is on two days in a row, for sure.
        var first = days.IndexOf(1);
        var second = days.IndexOf(1, first + 1);
        (days[first + 1], days[second]) = (days[second], days[first + 1]);

        var seen = new int[topics.Count];
        var plan = new List<Slot>(DefaultPosts);
        for (var day = 0; day < days.Count; day++)
        {
            var index = days[day];
            var topic = topics[index];
            var occurrence = ++seen[index];
            var moves = index != SeriesIndex && index < RepeatedNameCount && index % 4 == 0 && occurrence % 2 == 0;
            plan.Add(new Slot(day, index, topic, occurrence, moves ? (topic.Section + 1) % Sections.Count : topic.Section));
        }

        return plan;
    }

    /// <summary>How many times repeated name number <paramref name="topic"/> (1 to 33) occurs: 11 names each 2, 3 and 4 times.</summary>
    private static int RepeatsOf(int topic) => 2 + (topic % 3);

    private static (PandocBlogPost Post, string Text) Compose(Slot slot, List<PandocBlogPost> earlier)
    {
        var dice = new Dice(Seed ^ (((ulong)slot.Day + 1) * 0x9E37_79B9_7F4A_7C15));
        var content = Content.Of(slot.Section);
        var subject = slot.Topic.Subject;
        var (titleEn, titleVi) = Titles(slot);
        var date = FirstDate.AddDays(slot.Day);
        var dateText = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = slot.Topic.Name;
        var relativePath = $"{Sections[slot.Section]}/{date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)}/{name}.md";
        var oldAddress = "/posts/" + relativePath[..^".md".Length] + ".html";
        var subtitle = Subtitle(dice, subject, earlier);

        var headings = PickHeadings(dice, content, 2 + dice.Next(3));
        var sentences = new SentencePicker(dice, content.Sentences.Concat(Common.Sentences).ToList(), subject);

        // Every tenth post points back at a section of an earlier one by its old address, as migrated
        // posts do: the earlier part of its own series when there is one, else a post a few weeks back.
        (string Address, PandocBlogPost Target)? link = null;
        if (slot.Day % 10 == 9)
        {
            var target = earlier.LastOrDefault(p => p.Name == name)
                ?? earlier[slot.Day - 1 - (slot.Day * 7 % Math.Min(slot.Day, 30))];
            link = (target.OldAddress + "#" + Identifier(target.Headings[slot.Day % target.Headings.Count]), target);
        }

        var blocks = new List<Text>();
        var intro = new List<Text> { Fill(Pick(dice, Common.Openings), subject) };
        if (slot.Occurrence > 1)
        {
            intro.Add(slot.Index == SeriesIndex
                ? Format(Common.SeriesPart, slot.Occurrence)
                : Format(Common.RevisitedPart, slot.Occurrence));
        }

        intro.AddRange(sentences.Take(2));
        if (link is { } back)
        {
            intro.Add(new Text(
                $"I wrote about some of this before in [{back.Target.EnglishTitle}]({back.Address}).",
                $"Tôi đã viết về một phần chuyện này trong bài [{back.Target.VietnameseTitle}]({back.Address})."));
        }

        blocks.Add(Join(intro));

        var listAt = dice.Next(headings.Count);
        var codeAt = dice.Next(3) == 0 ? (listAt + 1) % headings.Count : -1;
        var webLinkAt = dice.Next(2) == 0 ? (listAt + headings.Count - 1) % headings.Count : -1;
        for (var part = 0; part < headings.Count; part++)
        {
            blocks.Add(new Text("### " + headings[part].En, "### " + headings[part].Vi));
            blocks.Add(Join(sentences.Take(headings.Count > 3 ? 3 : 3 + dice.Next(2))));
            if (part == listAt)
            {
                blocks.Add(Pick(dice, Common.ListIntros));
                var items = dice.Sample(content.ListItems, 3 + dice.Next(2));
                blocks.Add(new Text(
                    string.Join('\n', items.Select(i => "- " + i.En)),
                    string.Join('\n', items.Select(i => "- " + i.Vi))));
            }

            if (part == codeAt)
            {
                blocks.Add(Pick(dice, Common.CodeIntros));
                var code = Pick(dice, Common.CodeBlocks);
                blocks.Add(new Text(code, code));
            }

            if (part == webLinkAt)
            {
                var web = Pick(dice, content.WebLinks);
                blocks.Add(new Text(
                    $"If you want to dig deeper, {web.En} is a good place to start.",
                    $"Nếu muốn tìm hiểu sâu hơn, {web.Vi} là một điểm khởi đầu tốt."));
            }
        }

        blocks.Add(Join([.. sentences.Take(1), Pick(dice, Common.Closings)]));

        var text = new StringBuilder(8192)
            .Append("---\n")
            .Append("title-prefix: \"tway.dev\"\n")
            .Append(CultureInfo.InvariantCulture, $"title: {Quote(titleEn)}\n")
            .Append(CultureInfo.InvariantCulture, $"subtitle: {Quote(subtitle)}\n")
            .Append(CultureInfo.InvariantCulture, $"date: \"{dateText}\"\n")
            .Append(CultureInfo.InvariantCulture, $"date-meta: \"{dateText}\"\n")
            .Append("author: \"Tung\"\n")
            .Append("author-url: \"https://tway.dev/resume\"\n")
            .Append("author-meta: \"Tung\"\n")
            .Append("lang: \"en\"\n")
            .Append("toc-title: \"Contents\"\n")
            .Append(CultureInfo.InvariantCulture, $"keywords: \"{subject.Keyword}, {content.Keywords}\"\n")
            .Append(CultureInfo.InvariantCulture, $"description-meta: {Quote($"tway.dev - {titleEn} - {subtitle}")}\n")
            .Append("---\n\n")
            .Append(CultureInfo.InvariantCulture, $"# {titleEn}\n")
            .Append(CultureInfo.InvariantCulture, $"## {subtitle}\n\n")
            .Append("## English\n")
            .AppendJoin("\n\n", blocks.Select(b => b.En))
            .Append("\n\n---\n\n")
            .Append("## Tiếng Việt\n")
            .Append(CultureInfo.InvariantCulture, $"# {titleVi}\n\n")
            .AppendJoin("\n\n", blocks.Select(b => b.Vi))
            .Append("\n\n---\n");

        var post = new PandocBlogPost(
            relativePath, Sections[slot.Section], name, date, titleEn, titleVi, subtitle, oldAddress,
            headings.Select(h => h.En).ToList(), link?.Address);
        return (post, text.ToString());
    }

    private static (string En, string Vi) Titles(Slot slot)
    {
        var (en, vi) = (slot.Topic.TitleEn, slot.Topic.TitleVi);
        if (slot.Occurrence == 1)
        {
            return (en, vi);
        }

        // The series counts its parts; other repeats take a different angle each time they come back.
        var angle = slot.Index == SeriesIndex ? Angles[0] : Angles[(slot.Index + slot.Occurrence) % Angles.Length];
        return (en + Format(angle.En, slot.Occurrence), vi + Format(angle.Vi, slot.Occurrence));
    }

    /// <summary>A subtitle no other post has: a lead and a tail around the subject, drawn until it is new.</summary>
    private static string Subtitle(Dice dice, Subject subject, IReadOnlyList<PandocBlogPost> earlier)
    {
        while (true)
        {
            var lead = string.Format(CultureInfo.InvariantCulture, Pick(dice, SubtitleLeads), subject.En);
            var subtitle = Capitalise(lead + Pick(dice, SubtitleTails) + ".");
            if (!earlier.Any(p => p.Subtitle == subtitle))
            {
                return subtitle;
            }
        }
    }

    /// <summary>Headings of this post, none with the identifier of another, so every anchor is unambiguous.</summary>
    private static List<Text> PickHeadings(Dice dice, Content content, int count)
    {
        var pool = content.Headings.Concat(Common.Headings).ToList();
        var picked = new List<Text>(count);
        while (picked.Count < count)
        {
            var heading = Pick(dice, pool);
            if (!picked.Any(h => Identifier(h.En) == Identifier(heading.En)))
            {
                picked.Add(heading);
            }
        }

        return picked;
    }

    private static void WriteFile(string siteRoot, string relativePath, string text)
    {
        var full = Path.Combine(siteRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, Utf8.GetBytes(text));
    }

    private static Text Join(IEnumerable<Text> sentences)
    {
        var list = sentences.ToList();
        return new Text(string.Join(' ', list.Select(s => s.En)), string.Join(' ', list.Select(s => s.Vi)));
    }

    private static Text Fill(Text template, Subject subject) => new(
        Capitalise(string.Format(CultureInfo.InvariantCulture, template.En, subject.En)),
        Capitalise(string.Format(CultureInfo.InvariantCulture, template.Vi, subject.Vi)));

    private static Text Format(Text template, int number) => new(Format(template.En, number), Format(template.Vi, number));

    private static string Format(string template, int number) => string.Format(CultureInfo.InvariantCulture, template, number);

    private static T Pick<T>(Dice dice, IReadOnlyList<T> items) => items[dice.Next(items.Count)];

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The file name pandoc's blog gave a title: its English words, lower case, joined by hyphens.</summary>
    private static string Slug(string title) =>
        string.Join('-', new string(title.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One day of the blog: which topic, its how-manieth time, and the section it is filed under.</summary>
    private sealed record Slot(int Day, int Index, Topic Topic, int Occurrence, int Section);

    private sealed record Topic(int Section, string TitleEn, string TitleVi, Subject Subject)
    {
        public string Name { get; } = Slug(TitleEn);
    }

    /// <summary>What a topic is about, as a phrase that fits into the sentences of both languages.</summary>
    private sealed record Subject(string En, string Vi, string Keyword);

    /// <summary>The same piece of text in English and in Vietnamese.</summary>
    private sealed record Text(string En, string Vi);

    /// <summary>
    /// SplitMix64: the framework's <see cref="Random"/> promises no sequence across versions, and the
    /// fixture's files must not change when the runtime does.
    /// </summary>
    private sealed class Dice(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            _state += 0x9E37_79B9_7F4A_7C15;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9;
            z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }

        public void Shuffle<T>(IList<T> items)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        public List<T> Sample<T>(IReadOnlyList<T> items, int count)
        {
            var copy = items.ToList();
            Shuffle(copy);
            return copy.Take(count).ToList();
        }
    }

    /// <summary>Sentences for one post, none used twice in it.</summary>
    private sealed class SentencePicker(Dice dice, List<Text> pool, Subject subject)
    {
        private readonly List<Text> _left = Shuffled(dice, pool);

        public List<Text> Take(int count)
        {
            var taken = _left.Take(count).Select(s => Fill(s, subject)).ToList();
            _left.RemoveRange(0, taken.Count);
            return taken;
        }

        private static List<Text> Shuffled(Dice dice, List<Text> pool)
        {
            var copy = pool.ToList();
            dice.Shuffle(copy);
            return copy;
        }
    }

    /// <summary>What one section's posts are made of.</summary>
    private sealed record Content(
        string Keywords,
        IReadOnlyList<Subject> Subjects,
        IReadOnlyList<Text> Sentences,
        IReadOnlyList<Text> Headings,
        IReadOnlyList<Text> ListItems,
        IReadOnlyList<Text> WebLinks)
    {
        public static Content Of(int section) => section switch
        {
            0 => Learning,
            1 => Productivity,
            _ => Balance,
        };
    }

    // Title patterns: {0} is the subject. Every pattern with every subject gives a different name.
    private static readonly (string En, string Vi)[] Frames =
    [
        ("getting started with {0}", "bắt đầu với {0}"),
        ("making time for {0}", "dành thời gian cho {0}"),
        ("what I learned from {0}", "những điều tôi học được từ {0}"),
        ("small steps towards {0}", "từng bước nhỏ đến với {0}"),
        ("common mistakes with {0}", "những sai lầm thường gặp với {0}"),
        ("the case for {0}", "vì sao nên thử {0}"),
        ("a simple system for {0}", "một hệ thống đơn giản cho {0}"),
        ("rethinking {0}", "nghĩ lại về {0}"),
        ("notes on {0}", "ghi chép về {0}"),
        ("sticking with {0}", "kiên trì với {0}"),
        ("tools that help with {0}", "những công cụ hỗ trợ {0}"),
        ("measuring progress in {0}", "đo lường tiến bộ trong {0}"),
        ("a month of {0}", "một tháng với {0}"),
        ("questions about {0}", "những câu hỏi về {0}"),
        ("explaining {0} to a friend", "giải thích {0} cho một người bạn"),
    ];

    private static readonly Topic SeriesTopic = new(
        0,
        "Applying new knowledge through projects",
        "Áp dụng kiến thức mới qua các dự án",
        new Subject("learning through projects", "việc học qua dự án", "projects"));

    // {0} is the occurrence; index 0 is the series' own.
    private static readonly Text[] Angles =
    [
        new(" (part {0})", " (phần {0})"),
        new(", revisited", ", nhìn lại"),
        new(": what changed", ": những gì đã thay đổi"),
        new(": another look", ": một góc nhìn khác"),
        new(": the hard parts", ": những phần khó"),
        new(": answers to your questions", ": giải đáp thắc mắc"),
    ];

    private static readonly string[] SubtitleLeads =
    [
        "a practical look at {0}",
        "how {0} fits into a busy week",
        "what a year of {0} taught me",
        "honest notes on {0}",
        "a beginner's guide to {0}",
        "simple habits around {0}",
        "where {0} went wrong for me",
        "small experiments with {0}",
    ];

    private static readonly string[] SubtitleTails =
    [
        "", ", for developers", " in a remote team", " without burning out", ", one step at a time",
        " after a long break", ", with examples", " during a busy release",
    ];

    private static readonly Content Learning = new(
        "learning, growth, software engineering",
        [
            new("deliberate practice", "luyện tập có chủ đích", "deliberate practice"),
            new("spaced repetition", "phương pháp lặp lại ngắt quãng", "spaced repetition"),
            new("reading technical books", "việc đọc sách kỹ thuật", "reading"),
            new("learning in public", "việc học công khai", "learning in public"),
            new("building side projects", "việc làm dự án cá nhân", "side projects"),
            new("reading other people's code", "việc đọc mã của người khác", "code reading"),
            new("learning from mistakes", "việc học từ sai lầm", "mistakes"),
            new("writing to learn", "việc viết để học", "writing"),
        ],
        [
            new("The hardest part of {0} is not the material itself but coming back to it week after week.", "Phần khó nhất của {0} không nằm ở kiến thức mà ở việc quay lại với nó tuần này qua tuần khác."),
            new("I used to treat learning as something that happens between projects, and {0} changed that for me.", "Tôi từng coi việc học là thứ diễn ra giữa hai dự án, và {0} đã thay đổi suy nghĩ đó."),
            new("Whenever I pick up a new framework, I try to write a tiny program with it on the first evening.", "Mỗi khi làm quen với một framework mới, tôi cố viết một chương trình nhỏ với nó ngay trong buổi tối đầu tiên."),
            new("Reading about an idea feels productive, but only using it tells me whether I have understood it.", "Đọc về một ý tưởng cho ta cảm giác đang tiến bộ, nhưng chỉ khi dùng nó tôi mới biết mình đã hiểu hay chưa."),
            new("With {0}, twenty focused minutes a day beat a whole Saturday once a month.", "Với {0}, hai mươi phút tập trung mỗi ngày hiệu quả hơn cả một ngày thứ Bảy mỗi tháng một lần."),
            new("I keep a plain text file of questions I could not answer, and it has become my favourite reading list.", "Tôi giữ một tệp văn bản ghi lại những câu hỏi mình chưa trả lời được, và nó đã trở thành danh sách đọc yêu thích của tôi."),
            new("Explaining a concept to a colleague shows me the gaps faster than any quiz.", "Giải thích một khái niệm cho đồng nghiệp giúp tôi thấy lỗ hổng kiến thức nhanh hơn bất kỳ bài kiểm tra nào."),
            new("It is fine to forget details; what matters is knowing where to find them again.", "Quên chi tiết cũng không sao; điều quan trọng là biết tìm lại chúng ở đâu."),
            new("Most of what I know about {0} came from getting things wrong in small, cheap ways.", "Phần lớn những gì tôi biết về {0} đến từ việc làm sai theo những cách nhỏ và ít tốn kém."),
            new("A good exercise is to rebuild a tool you use every day, even if your version only does a tenth of the job.", "Một bài tập hay là tự viết lại một công cụ bạn dùng hằng ngày, dù phiên bản của bạn chỉ làm được một phần mười công việc."),
            new("I no longer try to learn everything at once; one topic per quarter is enough.", "Tôi không còn cố học mọi thứ cùng lúc nữa; mỗi quý một chủ đề là đủ."),
            new("Progress in {0} is slow enough that I only notice it when I look back at old notes.", "Tiến bộ trong {0} chậm đến mức tôi chỉ nhận ra khi đọc lại những ghi chép cũ."),
            new("The best resources are often the boring ones: official documentation, release notes and source code.", "Những nguồn tài liệu tốt nhất thường là những thứ nhàm chán: tài liệu chính thức, ghi chú phát hành và mã nguồn."),
            new("I try to finish each session by writing one sentence about what I would do next.", "Tôi cố kết thúc mỗi buổi học bằng một câu ghi lại việc mình sẽ làm tiếp theo."),
            new("Learning with a friend keeps me honest, because someone notices when I skip a week.", "Học cùng một người bạn giúp tôi giữ kỷ luật, vì sẽ có người nhận ra khi tôi bỏ một tuần."),
            new("When {0} starts to feel like a chore, I shrink the goal instead of giving up.", "Khi {0} bắt đầu trở thành gánh nặng, tôi thu nhỏ mục tiêu thay vì bỏ cuộc."),
            new("Curiosity is a better fuel than discipline, but it needs a little structure around it.", "Sự tò mò là nguồn năng lượng tốt hơn kỷ luật, nhưng nó cần một chút khuôn khổ."),
            new("A project with a real user, even if that user is me, teaches more than ten tutorials.", "Một dự án có người dùng thật, dù người đó chỉ là tôi, dạy được nhiều hơn mười bài hướng dẫn."),
        ],
        [
            new("Why it matters", "Vì sao điều này quan trọng"),
            new("Start with a question", "Bắt đầu từ một câu hỏi"),
            new("Step one: pick something small", "Bước một: chọn một việc nhỏ"),
            new("What's worked so far", "Những gì đã hiệu quả"),
            new("Keeping notes that last", "Ghi chép sao cho bền lâu"),
            new("Learning with others", "Học cùng người khác"),
            new("Turning reading into practice", "Biến việc đọc thành thực hành"),
            new("3 things I'd do differently", "3 điều tôi sẽ làm khác đi"),
            new("Resources & further reading", "Tài liệu & đọc thêm"),
            new("When motivation runs out", "Khi động lực cạn kiệt"),
            new("A weekly learning routine", "Thói quen học hằng tuần"),
            new("Measuring what sticks", "Đo lường những gì đọng lại"),
        ],
        [
            new("**Pick one topic**: choose a single subject for the month and ignore the rest.", "**Chọn một chủ đề**: chọn duy nhất một chủ đề cho cả tháng và bỏ qua những thứ còn lại."),
            new("**Build something**: a small project turns passive reading into active knowledge.", "**Làm ra sản phẩm**: một dự án nhỏ biến việc đọc thụ động thành kiến thức chủ động."),
            new("**Write it down**: a short summary after each session shows what actually stuck.", "**Ghi lại**: một bản tóm tắt ngắn sau mỗi buổi học cho thấy điều gì thực sự đọng lại."),
            new("**Teach it**: explaining an idea to someone else exposes the gaps.", "**Dạy lại**: giải thích một ý tưởng cho người khác sẽ lộ ra những chỗ còn hổng."),
            new("**Review regularly**: revisit old notes after a day, a week and a month.", "**Ôn tập đều đặn**: xem lại ghi chép cũ sau một ngày, một tuần và một tháng."),
            new("**Ask for feedback**: a code review from someone more experienced is a free lesson.", "**Xin góp ý**: một lần review code từ người giàu kinh nghiệm hơn là một bài học miễn phí."),
            new("**Read the source**: when the documentation is unclear, the code rarely lies.", "**Đọc mã nguồn**: khi tài liệu không rõ ràng, mã nguồn hiếm khi nói dối."),
            new("**Rest**: sleep is when the brain files away what it learned during the day.", "**Nghỉ ngơi**: giấc ngủ là lúc não bộ sắp xếp lại những gì đã học trong ngày."),
        ],
        [
            new("[spaced repetition](https://en.wikipedia.org/wiki/Spaced_repetition)", "[lặp lại ngắt quãng](https://en.wikipedia.org/wiki/Spaced_repetition)"),
            new("[the forgetting curve](https://en.wikipedia.org/wiki/Forgetting_curve)", "[đường cong lãng quên](https://en.wikipedia.org/wiki/Forgetting_curve)"),
            new("[learning by teaching](https://en.wikipedia.org/wiki/Learning_by_teaching)", "[học bằng cách dạy lại](https://en.wikipedia.org/wiki/Learning_by_teaching)"),
        ]);

    private static readonly Content Productivity = new(
        "productivity, focus, habits",
        [
            new("deep work", "chế độ làm việc sâu", "deep work"),
            new("time blocking", "phương pháp chia khối thời gian", "time blocking"),
            new("reviewing the week", "việc tổng kết tuần", "weekly review"),
            new("task batching", "việc gom nhóm công việc", "batching"),
            new("planning the day", "việc lên kế hoạch cho ngày", "planning"),
            new("managing distractions", "việc kiểm soát sự xao nhãng", "distractions"),
            new("automating small chores", "việc tự động hoá những việc vặt", "automation"),
            new("single-tasking", "thói quen làm từng việc một", "single-tasking"),
        ],
        [
            new("{0} only works for me when the calendar agrees with it.", "{0} chỉ hiệu quả với tôi khi lịch làm việc cũng ủng hộ nó."),
            new("The first hour of the day is the one I protect most carefully.", "Giờ đầu tiên trong ngày là khoảng thời gian tôi bảo vệ kỹ nhất."),
            new("A to-do list that never gets shorter is a wish list, not a plan.", "Một danh sách việc cần làm không bao giờ ngắn lại là danh sách mong ước, không phải kế hoạch."),
            new("I turn off every notification that is not from a person waiting on me.", "Tôi tắt mọi thông báo không đến từ một người đang chờ tôi."),
            new("Switching between tasks costs more than it seems, because each switch leaves part of my attention behind.", "Chuyển đổi giữa các việc tốn kém hơn ta tưởng, vì mỗi lần chuyển lại để lại một phần sự chú ý ở việc cũ."),
            new("With {0}, the goal is not to do more things but to finish the right ones.", "Với {0}, mục tiêu không phải là làm nhiều việc hơn mà là hoàn thành đúng việc."),
            new("Every Friday afternoon I look at what I finished and what slipped, without judging either.", "Mỗi chiều thứ Sáu, tôi xem lại những gì đã xong và những gì bị trễ, mà không phán xét điều nào."),
            new("Most meetings can be an email, and most emails can wait until the afternoon.", "Phần lớn cuộc họp có thể thay bằng một email, và phần lớn email có thể đợi đến buổi chiều."),
            new("I write down the next physical action for every task, because a vague task never gets started.", "Tôi ghi lại hành động cụ thể tiếp theo cho mỗi việc, vì một việc mơ hồ sẽ không bao giờ được bắt đầu."),
            new("Tools help, but I have wasted whole weekends tuning tools instead of doing the work.", "Công cụ có ích, nhưng tôi đã từng phí cả những ngày cuối tuần để tinh chỉnh công cụ thay vì làm việc."),
            new("A short walk between two focus blocks resets my attention better than another coffee.", "Một cuộc đi bộ ngắn giữa hai khối thời gian tập trung giúp tôi lấy lại sự chú ý tốt hơn một ly cà phê nữa."),
            new("I measure {0} by how often I end the day knowing what I achieved.", "Tôi đánh giá {0} bằng số lần tôi kết thúc một ngày mà biết rõ mình đã đạt được gì."),
            new("Batching small replies into two slots a day keeps my inbox from running my schedule.", "Gom những phản hồi nhỏ vào hai khung giờ mỗi ngày giúp hộp thư không điều khiển lịch làm việc của tôi."),
            new("Saying no to a request early is kinder than saying yes and delivering late.", "Từ chối một yêu cầu sớm còn tử tế hơn là đồng ý rồi giao việc trễ."),
            new("When a task takes less than two minutes, I do it immediately instead of writing it down.", "Khi một việc chỉ mất chưa đến hai phút, tôi làm ngay thay vì ghi lại."),
            new("With {0}, as with any habit, small repeated choices matter more than big plans.", "Với {0}, cũng như mọi thói quen, những lựa chọn nhỏ lặp đi lặp lại quan trọng hơn những kế hoạch lớn."),
            new("An empty afternoon on the calendar is an invitation for other people's priorities.", "Một buổi chiều trống trên lịch là lời mời cho những ưu tiên của người khác."),
            new("I keep a single list for everything, because two lists means one of them is wrong.", "Tôi chỉ giữ một danh sách cho mọi thứ, vì có hai danh sách nghĩa là một trong hai sẽ sai."),
        ],
        [
            new("Protecting the mornings", "Bảo vệ buổi sáng"),
            new("The 80/20 version", "Phiên bản 80/20"),
            new("Tools & setup", "Công cụ & thiết lập"),
            new("Dealing with interruptions", "Đối phó với sự gián đoạn"),
            new("What a good day looks like", "Một ngày làm việc tốt trông như thế nào"),
            new("Planning the week, not just the day", "Lên kế hoạch cho cả tuần, không chỉ cho từng ngày"),
            new("Mistakes I made (and still make)", "Những sai lầm tôi đã mắc (và vẫn mắc)"),
            new("Less is more", "Ít mà chất"),
            new("Fewer meetings, better meetings", "Ít cuộc họp hơn, cuộc họp tốt hơn"),
            new("Saying no, politely", "Từ chối một cách lịch sự"),
            new("Step two: review and adjust", "Bước hai: xem lại và điều chỉnh"),
            new("Where the time actually goes", "Thời gian thực sự đi đâu"),
        ],
        [
            new("**Time blocks**: two blocks of ninety minutes for the work that needs thinking.", "**Khối thời gian**: hai khối chín mươi phút cho những việc cần suy nghĩ."),
            new("**One list**: every task goes into the same place, no exceptions.", "**Một danh sách**: mọi công việc đều vào cùng một chỗ, không có ngoại lệ."),
            new("**Quiet hours**: notifications off until lunch.", "**Giờ yên tĩnh**: tắt thông báo cho đến giờ ăn trưa."),
            new("**Weekly review**: thirty minutes on Friday to close loops and plan the next week.", "**Tổng kết tuần**: ba mươi phút vào thứ Sáu để khép lại những việc còn dang dở và lên kế hoạch cho tuần sau."),
            new("**Batch the small stuff**: replies, reviews and admin in one afternoon slot.", "**Gom việc vặt**: trả lời tin nhắn, review và việc hành chính trong một khung giờ buổi chiều."),
            new("**Clear next step**: every task starts with a verb.", "**Bước tiếp theo rõ ràng**: mỗi việc đều bắt đầu bằng một động từ."),
            new("**Automate the boring parts**: if I do it three times, I script it.", "**Tự động hoá phần nhàm chán**: nếu phải làm một việc ba lần, tôi viết script cho nó."),
            new("**Stop on time**: a fixed end to the day makes the hours before it count.", "**Dừng đúng giờ**: một giờ kết thúc cố định khiến những giờ trước đó có giá trị hơn."),
        ],
        [
            new("[the Pomodoro technique](https://en.wikipedia.org/wiki/Pomodoro_Technique)", "[kỹ thuật Pomodoro](https://en.wikipedia.org/wiki/Pomodoro_Technique)"),
            new("[timeboxing](https://en.wikipedia.org/wiki/Timeboxing)", "[phương pháp đóng khung thời gian](https://en.wikipedia.org/wiki/Timeboxing)"),
            new("[Getting Things Done](https://en.wikipedia.org/wiki/Getting_Things_Done)", "[phương pháp Getting Things Done](https://en.wikipedia.org/wiki/Getting_Things_Done)"),
        ]);

    private static readonly Content Balance = new(
        "work-life balance, wellbeing, health",
        [
            new("setting boundaries", "việc đặt ra ranh giới", "boundaries"),
            new("taking real breaks", "những giờ nghỉ thực sự", "breaks"),
            new("remote work", "chế độ làm việc từ xa", "remote work"),
            new("switching off after work", "việc ngắt kết nối sau giờ làm", "switching off"),
            new("staying active", "việc duy trì vận động", "exercise"),
            new("being present at home", "việc hiện diện trọn vẹn ở nhà", "family"),
            new("avoiding burnout", "việc phòng tránh kiệt sức", "burnout"),
            new("better sleep", "giấc ngủ ngon hơn", "sleep"),
        ],
        [
            new("For a long time I believed that being always available was part of being a good engineer.", "Trong một thời gian dài, tôi tin rằng luôn sẵn sàng là một phần của việc trở thành một kỹ sư giỏi."),
            new("{0} did not make me less productive; it made the productive hours better.", "{0} không khiến tôi làm việc kém đi; nó khiến những giờ làm việc hiệu quả trở nên tốt hơn."),
            new("My laptop now stays in a drawer after seven in the evening.", "Giờ đây chiếc laptop của tôi nằm trong ngăn kéo sau bảy giờ tối."),
            new("Rest is not a reward for finishing the work; it is part of the work.", "Nghỉ ngơi không phải phần thưởng cho việc hoàn thành công việc; nó là một phần của công việc."),
            new("The messages that feel urgent at ten at night are almost never urgent the next morning.", "Những tin nhắn có vẻ gấp lúc mười giờ đêm hầu như không bao giờ còn gấp vào sáng hôm sau."),
            new("I started with {0} after a year in which every weekend looked like a slower weekday.", "Tôi bắt đầu với {0} sau một năm mà cuối tuần nào cũng giống một ngày làm việc chậm hơn."),
            new("A walk without headphones is where most of my good ideas come from.", "Những lần đi bộ không đeo tai nghe là lúc phần lớn ý tưởng hay của tôi xuất hiện."),
            new("Telling my team when I am offline made it easier for them to do the same.", "Việc báo cho nhóm biết khi nào tôi ngoại tuyến giúp họ cũng dễ làm điều tương tự hơn."),
            new("Burnout rarely arrives in one day; it builds up from many evenings of just one more thing.", "Kiệt sức hiếm khi đến trong một ngày; nó tích tụ từ nhiều buổi tối chỉ thêm một việc nữa thôi."),
            new("With {0}, small rituals matter more than grand resolutions.", "Với {0}, những thói quen nhỏ quan trọng hơn những quyết tâm lớn lao."),
            new("My family notices my mood long before I notice my own tiredness.", "Gia đình nhận ra tâm trạng của tôi từ lâu trước khi tôi nhận ra mình đang mệt mỏi."),
            new("Holidays work best when I plan the handover a week before, not the night before.", "Kỳ nghỉ trọn vẹn nhất khi tôi chuẩn bị bàn giao từ một tuần trước, chứ không phải đêm hôm trước."),
            new("Working from home removed my commute, and with it the line between work and the rest of the day.", "Làm việc ở nhà giúp tôi bỏ được quãng đường đi làm, nhưng cũng xoá luôn ranh giới giữa công việc và phần còn lại của ngày."),
            new("I treat sleep as a dependency of everything else, not as the first thing to cut.", "Tôi coi giấc ngủ là nền tảng cho mọi thứ khác, chứ không phải thứ đầu tiên bị cắt bớt."),
            new("{0} looks different in every season of life, and that is fine.", "{0} trông khác nhau ở mỗi giai đoạn của cuộc sống, và điều đó hoàn toàn bình thường."),
            new("Hobbies that have nothing to do with computers give my mind a real break.", "Những sở thích không liên quan gì đến máy tính giúp đầu óc tôi thực sự được nghỉ ngơi."),
            new("A good manager asks about workload before it becomes a problem; a good engineer speaks up anyway.", "Một người quản lý tốt hỏi về khối lượng công việc trước khi nó thành vấn đề; một kỹ sư tốt vẫn chủ động lên tiếng dù không được hỏi."),
            new("Balance is not a fixed point; it is something I adjust every week.", "Cân bằng không phải là một điểm cố định; đó là thứ tôi điều chỉnh mỗi tuần."),
        ],
        [
            new("Drawing the line", "Vạch ra ranh giới"),
            new("Evenings without screens", "Những buổi tối không màn hình"),
            new("Talking to your manager", "Nói chuyện với người quản lý"),
            new("Signs that something is off", "Dấu hiệu có điều gì đó không ổn"),
            new("Rest is part of the job", "Nghỉ ngơi là một phần của công việc"),
            new("Weekends are for living", "Cuối tuần là để sống"),
            new("Moving more, sitting less", "Vận động nhiều hơn, ngồi ít hơn"),
            new("Remote work, real life", "Làm việc từ xa, cuộc sống thật"),
            new("What changed after a month?", "Điều gì thay đổi sau một tháng?"),
            new("Small rituals", "Những thói quen nhỏ"),
            new("Family first, really", "Gia đình trước tiên, thật sự"),
            new("Recharging without guilt", "Nạp lại năng lượng mà không áy náy"),
        ],
        [
            new("**Fixed hours**: I start and stop at the same time most days.", "**Giờ giấc cố định**: hầu hết các ngày tôi bắt đầu và kết thúc công việc vào cùng một giờ."),
            new("**No work apps on the phone**: email and chat stay on the laptop.", "**Không cài ứng dụng công việc trên điện thoại**: email và chat chỉ ở trên laptop."),
            new("**Move every hour**: a few minutes of stretching or a walk around the block.", "**Vận động mỗi giờ**: vài phút giãn cơ hoặc đi bộ quanh khu phố."),
            new("**Real lunch breaks**: away from the desk, without a screen.", "**Nghỉ trưa thực sự**: rời khỏi bàn làm việc và không nhìn màn hình."),
            new("**A shutdown ritual**: write down tomorrow's first task, then close the laptop.", "**Nghi thức kết thúc ngày**: ghi lại việc đầu tiên của ngày mai rồi gập laptop."),
            new("**Protected weekends**: no deploys and no alerts unless I am on call.", "**Cuối tuần được bảo vệ**: không deploy, không nhận cảnh báo trừ khi tôi đang trực."),
            new("**Sleep first**: eight hours in bed, even when a deadline is close.", "**Ưu tiên giấc ngủ**: tám tiếng trên giường, kể cả khi sắp đến hạn chót."),
            new("**Say it out loud**: tell the team when the workload is too much.", "**Nói ra**: báo với nhóm khi khối lượng công việc quá tải."),
        ],
        [
            new("[work–life balance](https://en.wikipedia.org/wiki/Work%E2%80%93life_balance)", "[cân bằng giữa công việc và cuộc sống](https://en.wikipedia.org/wiki/Work%E2%80%93life_balance)"),
            new("[occupational burnout](https://en.wikipedia.org/wiki/Occupational_burnout)", "[hội chứng kiệt sức nghề nghiệp](https://en.wikipedia.org/wiki/Occupational_burnout)"),
            new("[sleep hygiene](https://en.wikipedia.org/wiki/Sleep_hygiene)", "[vệ sinh giấc ngủ](https://en.wikipedia.org/wiki/Sleep_hygiene)"),
        ]);

    /// <summary>What posts of every section share.</summary>
    private static class Common
    {
        public static readonly Text SeriesPart = new(
            "This is part {0} of a series I keep coming back to.",
            "Đây là phần {0} của một loạt bài mà tôi vẫn thường quay lại.");

        public static readonly Text RevisitedPart = new(
            "This is post number {0} on the topic, and some of my views have changed since the first one.",
            "Đây là bài thứ {0} về chủ đề này, và một vài quan điểm của tôi đã thay đổi kể từ bài đầu tiên.");

        public static readonly Text[] Openings =
        [
            new("Hey friends! Today I want to talk about {0}.", "Chào các bạn! Hôm nay tôi muốn nói về {0}."),
            new("This one has been on my mind for a few weeks: {0}.", "Chủ đề này đã ở trong đầu tôi vài tuần nay: {0}."),
            new("A reader asked me recently how I approach {0}, so here is a longer answer.", "Gần đây một bạn đọc hỏi tôi tiếp cận {0} như thế nào, nên đây là câu trả lời dài hơn."),
            new("If you have ever struggled with {0}, you are in good company.", "Nếu bạn từng gặp khó khăn với {0}, bạn không hề đơn độc."),
            new("Let me share a few thoughts on {0} from the past months.", "Hãy để tôi chia sẻ vài suy nghĩ về {0} trong những tháng vừa qua."),
            new("Hello again! This week's post is about {0}.", "Xin chào lần nữa! Bài viết tuần này nói về {0}."),
            new("I have been thinking about {0} a lot lately.", "Dạo gần đây tôi nghĩ rất nhiều về {0}."),
            new("Every developer I know has an opinion on {0}, and here is mine.", "Mỗi lập trình viên tôi quen đều có ý kiến riêng về {0}, và đây là ý kiến của tôi."),
        ];

        public static readonly Text[] Closings =
        [
            new("That's it for today. Let me know how it goes for you!", "Hôm nay đến đây thôi. Hãy cho tôi biết bạn áp dụng thế nào nhé!"),
            new("Thanks for reading, and see you next week.", "Cảm ơn bạn đã đọc, hẹn gặp lại tuần sau."),
            new("Try one small change this week and see what happens.", "Tuần này hãy thử một thay đổi nhỏ và xem điều gì xảy ra."),
            new("If you have a trick of your own, I would love to hear it.", "Nếu bạn có mẹo riêng, tôi rất muốn được nghe."),
            new("Take care of yourselves, and happy coding!", "Hãy giữ gìn sức khoẻ và chúc các bạn code vui!"),
        ];

        public static readonly Text[] ListIntros =
        [
            new("Here is what I do now:", "Đây là những gì tôi đang làm:"),
            new("A few rules I follow:", "Một vài nguyên tắc tôi tuân theo:"),
            new("Here's why it helps:", "Đây là lý do nó có ích:"),
            new("What works for me, in short:", "Tóm lại, những gì hiệu quả với tôi:"),
        ];

        public static readonly Text[] CodeIntros =
        [
            new("A tiny script does the job for me:", "Một đoạn script nhỏ làm việc này giúp tôi:"),
            new("Here is the snippet I use:", "Đây là đoạn mã tôi dùng:"),
        ];

        public static readonly string[] CodeBlocks =
        [
            "```bash\n# A 50-minute focus block, then a reminder to stand up\nsleep 3000 && notify-send \"Time for a break\"\n```",
            "```python\nfrom datetime import date\n\ndef log_session(topic: str, minutes: int) -> str:\n    return f\"{date.today().isoformat()}\\t{topic}\\t{minutes} min\"\n\nprint(log_session(\"spaced repetition\", 25))\n```",
            "```csharp\nvar due = cards\n    .Where(card => card.NextReview <= DateOnly.FromDateTime(DateTime.Today))\n    .OrderBy(card => card.NextReview)\n    .Take(20);\n```",
            "```yaml\nweekly-review:\n  - empty the inbox\n  - check next week's calendar\n  - pick three goals\n```",
            "```bash\n# What did I actually commit today?\ngit log --since=midnight --author=\"$(git config user.email)\" --oneline\n```",
        ];

        public static readonly Text[] Headings =
        [
            new("Getting started", "Bắt đầu"),
            new("What I learned", "Những điều tôi học được"),
            new("The hard parts", "Những phần khó"),
            new("A quick example", "Một ví dụ nhanh"),
            new("Next steps", "Các bước tiếp theo"),
        ];

        public static readonly Text[] Sentences =
        [
            new("I am still experimenting, so take this as a progress report rather than advice.", "Tôi vẫn đang thử nghiệm, nên hãy xem đây là một bản báo cáo tiến độ hơn là lời khuyên."),
            new("What works for me may not work for you, and that is exactly why it is worth trying things out.", "Điều hiệu quả với tôi có thể không hiệu quả với bạn, và đó chính là lý do nên tự mình thử."),
            new("The first week was awkward, the second was easier, and by the fourth I stopped thinking about it.", "Tuần đầu tiên khá gượng gạo, tuần thứ hai dễ hơn, và đến tuần thứ tư tôi không còn phải nghĩ về nó nữa."),
            new("I noticed the difference less in my output and more in how I felt at the end of the day.", "Tôi nhận thấy sự khác biệt không nằm nhiều ở kết quả mà ở cảm giác của mình vào cuối ngày."),
            new("Consistency beats intensity almost every time.", "Sự đều đặn hầu như luôn thắng cường độ."),
            new("Writing things down is the cheapest way I know to think more clearly.", "Viết ra là cách rẻ nhất mà tôi biết để suy nghĩ rõ ràng hơn."),
            new("It took me a few attempts to find a version of this that fits my week.", "Tôi đã phải thử vài lần mới tìm được một cách làm phù hợp với tuần làm việc của mình."),
            new("The simplest version is usually the one that survives a busy month.", "Phiên bản đơn giản nhất thường là phiên bản trụ lại được qua một tháng bận rộn."),
            new("I check in with myself every few weeks and drop whatever has stopped helping.", "Cứ vài tuần tôi lại tự xem xét và bỏ đi những gì không còn giúp ích."),
            new("None of this requires special software; a notebook and a calendar are enough.", "Không điều gì ở đây cần phần mềm đặc biệt; một cuốn sổ và một cuốn lịch là đủ."),
            new("A colleague once told me that the best system is the one you actually use, and I keep coming back to that.", "Một đồng nghiệp từng nói với tôi rằng hệ thống tốt nhất là hệ thống bạn thực sự dùng, và tôi vẫn luôn nhớ câu đó."),
            new("Some weeks go badly no matter what, and the trick is to start again on Monday without guilt.", "Có những tuần mọi thứ đều không suôn sẻ, và bí quyết là bắt đầu lại vào thứ Hai mà không cảm thấy tội lỗi."),
            new("Small improvements compound: one percent a week is a lot over a year.", "Những cải thiện nhỏ sẽ cộng dồn: mỗi tuần một phần trăm là rất nhiều sau một năm."),
            new("I try to notice what gives me energy and what drains it, and plan around both.", "Tôi cố để ý điều gì tiếp thêm năng lượng và điều gì làm cạn kiệt nó, rồi lên kế hoạch xoay quanh cả hai."),
            new("It helps to decide in advance what done looks like.", "Sẽ có ích nếu quyết định trước thế nào là hoàn thành."),
            new("Talking about it with other developers showed me that almost everyone struggles with the same things.", "Nói chuyện với các lập trình viên khác cho tôi thấy gần như ai cũng gặp khó khăn với những điều giống nhau."),
            new("I started small, with one change at a time, so I could tell which change actually helped.", "Tôi bắt đầu từ những điều nhỏ, mỗi lần một thay đổi, để biết thay đổi nào thực sự có ích."),
            new("The point is not perfection but a little more intention in how I spend my time.", "Mục đích không phải là sự hoàn hảo mà là chủ động hơn một chút trong cách sử dụng thời gian."),
        ];
    }

    private const string AllPostsText = """
        ---
        title-prefix: "tway.dev"
        title: "All Posts"
        subtitle: "Everything I have written, newest first."
        author: "Tung"
        author-url: "https://tway.dev/resume"
        author-meta: "Tung"
        lang: "en"
        toc-title: "Contents"
        keywords: "blog, archive, posts"
        description-meta: "tway.dev - All Posts - Everything I have written, newest first."
        ---

        <!-- POSTS_LIST -->

        """;

    private const string SectionText = """
        ---
        title-prefix: "tway.dev"
        title: "Productivity"
        subtitle: "Notes on getting the important work done."
        author: "Tung"
        author-url: "https://tway.dev/resume"
        author-meta: "Tung"
        lang: "en"
        toc-title: "Contents"
        keywords: "productivity, focus, habits"
        description-meta: "tway.dev - Productivity - Notes on getting the important work done."
        translations:
          vi:
            title: "Năng suất"
        ---

        # Productivity
        ## Notes on getting the important work done.

        ## English
        Posts about focus, planning and the small habits that make a working day count. None of it is a recipe: these are the experiments I have tried as a software engineer, what stuck, and what I quietly dropped after a few weeks.

        ---

        ## Tiếng Việt
        Những bài viết về sự tập trung, cách lên kế hoạch và những thói quen nhỏ giúp mỗi ngày làm việc trở nên đáng giá. Đây không phải công thức có sẵn: đó là những thử nghiệm tôi đã áp dụng trong vai trò kỹ sư phần mềm, điều gì giữ lại được và điều gì tôi lặng lẽ bỏ đi sau vài tuần.

        ---

        """;

    private const string ResumeText = """
        ---
        title-prefix: "tway.dev"
        title: "Resume"
        subtitle: "Software engineer who likes simple systems and clear writing."
        author: "Tung"
        author-url: "https://tway.dev/resume"
        author-meta: "Tung"
        lang: "en"
        toc-title: "Contents"
        keywords: "resume, software engineer, experience, skills"
        description-meta: "tway.dev - Resume - Software engineer who likes simple systems and clear writing."
        translations:
          vi:
            title: "Sơ yếu lý lịch"
        ---

        # Resume
        ## Software engineer who likes simple systems and clear writing.

        ## English
        I build and run web services, and I write about learning, productivity and keeping work in its place.

        ### Experience
        - **Senior Software Engineer**, a logistics platform (2021–present): payment and tracking services, on-call rotation, mentoring three junior engineers.
        - **Software Engineer**, a digital agency (2017–2021): e-commerce sites and internal tools for clients in retail and education.
        - **Intern**, a university research lab (2016): data pipelines for sensor measurements.

        ### Skills
        - C#, .NET, ASP.NET Core, SQL, TypeScript
        - Linux, Docker, CI pipelines, observability
        - Technical writing, code review, mentoring

        ### Education
        Bachelor of Engineering in Computer Science, 2017.

        ---

        ## Tiếng Việt
        Tôi xây dựng và vận hành các dịch vụ web, đồng thời viết về việc học, năng suất và cách giữ công việc ở đúng vị trí của nó.

        ### Kinh nghiệm
        - **Kỹ sư phần mềm cấp cao**, một nền tảng logistics (2021–nay): dịch vụ thanh toán và theo dõi đơn hàng, tham gia trực sự cố, hướng dẫn ba kỹ sư mới vào nghề.
        - **Kỹ sư phần mềm**, một công ty agency kỹ thuật số (2017–2021): trang thương mại điện tử và công cụ nội bộ cho khách hàng trong ngành bán lẻ và giáo dục.
        - **Thực tập sinh**, một phòng nghiên cứu của trường đại học (2016): xử lý dữ liệu đo đạc từ cảm biến.

        ### Kỹ năng
        - C#, .NET, ASP.NET Core, SQL, TypeScript
        - Linux, Docker, quy trình CI, giám sát hệ thống
        - Viết tài liệu kỹ thuật, review code, hướng dẫn đồng nghiệp

        ### Học vấn
        Kỹ sư Khoa học Máy tính, tốt nghiệp năm 2017.

        ---

        """;
}

/// <summary>One post of <see cref="PandocBlog"/>.</summary>
/// <param name="RelativePath">Under <c>posts/</c>, with '/' separators: <c>productivity/2024/07/03/deep-work.md</c>.</param>
/// <param name="Name">The file name without <c>.md</c>; several posts may share it.</param>
/// <param name="Subtitle">The English subtitle; no other post has it.</param>
/// <param name="OldAddress">Where pandoc's site served it: <c>/posts/</c>, the path without <c>.md</c>, <c>.html</c>.</param>
/// <param name="Headings">The texts of the English section's <c>###</c> headings, in order.</param>
/// <param name="LinksTo">The old address and <c>#anchor</c> of the earlier post this one links to, if it does.</param>
internal sealed record PandocBlogPost(
    string RelativePath,
    string Section,
    string Name,
    DateOnly Date,
    string EnglishTitle,
    string VietnameseTitle,
    string Subtitle,
    string OldAddress,
    IReadOnlyList<string> Headings,
    string? LinksTo)
{
    /// <summary>
    /// The English title as pandoc shows it: its smart punctuation turns the apostrophes inside words
    /// (<c>people's</c>), the only marks the fixture's titles hold, into <c>’</c>.
    /// </summary>
    public string ShownEnglishTitle => EnglishTitle.Replace('\'', '’');

    /// <summary>The pandoc identifiers of <see cref="Headings"/>: the anchors an old link may end with.</summary>
    public IReadOnlyList<string> HeadingIds => Headings.Select(PandocBlog.Identifier).ToList();
}

/// <summary>What <see cref="PandocBlog.Write"/> wrote, so tests need not read it back to know it.</summary>
internal sealed class PandocBlogManifest(string siteRoot, IReadOnlyList<PandocBlogPost> posts)
{
    public string SiteRoot { get; } = siteRoot;

    /// <summary>The posts folder, the one a loader is pointed at.</summary>
    public string PostsFolder => Path.Combine(SiteRoot, "posts");

    /// <summary>Every post, by date, one a day.</summary>
    public IReadOnlyList<PandocBlogPost> Posts { get; } = posts;

    /// <summary>The file names that more than one post has, with how many posts have each.</summary>
    public IReadOnlyDictionary<string, int> RepeatedNames { get; } = posts
        .GroupBy(p => p.Name, StringComparer.Ordinal)
        .Where(g => g.Count() > 1)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The old "All Posts" page, relative to <see cref="SiteRoot"/>.</summary>
    public string AllPostsPage => PandocBlog.AllPostsPage;

    /// <summary>The productivity section's intro page, relative to <see cref="SiteRoot"/>.</summary>
    public string SectionPage => PandocBlog.SectionPage;

    /// <summary>The resume page, relative to <see cref="SiteRoot"/>.</summary>
    public string ResumePage => PandocBlog.ResumePage;

    /// <summary>The full path of a file given relative to <see cref="SiteRoot"/> with '/' separators.</summary>
    public string FullPath(string relativeToSiteRoot) =>
        Path.Combine(SiteRoot, relativeToSiteRoot.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The full path of a post's file.</summary>
    public string FullPath(PandocBlogPost post) => FullPath("posts/" + post.RelativePath);

    /// <summary>The post with this English or Vietnamese title.</summary>
    public PandocBlogPost ByTitle(string title) =>
        Posts.Single(p => p.EnglishTitle == title || p.VietnameseTitle == title);
}
