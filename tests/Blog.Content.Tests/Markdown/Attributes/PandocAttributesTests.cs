using Blog.Content.Markdown.Attributes;

namespace Blog.Content.Tests.Markdown.Attributes;

/// <summary>The attribute block's syntax, as pandoc 2.17 reads it (each case checked against pandoc).</summary>
public sealed class PandocAttributesTests
{
    private static PandocAttributes Read(string text)
    {
        Assert.True(PandocAttributes.TryParse(text, 0, text.Length, out var attributes, out var next), text);
        Assert.Equal(text.Length, next);
        return attributes;
    }

    [Theory]
    [InlineData("{b}")]
    [InlineData("{.1}")]
    [InlineData("{#1a}")]
    [InlineData("{#_a}")]
    [InlineData("{ k = v }")]
    [InlineData("{.a,.b}")]
    [InlineData("{k=\"v\"x}")]
    [InlineData("{k=\" a\"}")]
    [InlineData("{k=\"open}")]
    [InlineData("{.a")]
    [InlineData("{=html}")]
    public void Text_pandoc_does_not_read_as_attributes_is_none(string text) =>
        Assert.False(PandocAttributes.TryParse(text, 0, text.Length, out _, out _));

    [Fact]
    public void Ids_classes_and_pairs_are_read_in_order_the_last_id_winning()
    {
        var attributes = Read("{#a .b #c k=v.w class=\"d  e\" j='x y' -}");

        Assert.Equal("c", attributes.Id);
        Assert.Equal(["b", "d", "e", "unnumbered"], attributes.Classes);
        Assert.Equal([new("k", "v.w"), new("j", "x y")], attributes.Pairs);
    }

    [Fact]
    public void Attributes_need_no_space_between_them_and_may_span_lines()
    {
        Assert.Equal("b", Read("{#a#b}").Id);
        Assert.Equal(["a.b"], Read("{.a.b}").Classes);
        Assert.Equal(["a", "b"], Read("{ .a\n.b }").Classes);
    }

    [Fact]
    public void Of_two_values_for_a_key_the_first_stays_and_an_empty_id_is_none()
    {
        Assert.Equal([new("k", "1")], Read("{k=1 k=2}").Pairs);
        Assert.Null(Read("{#a id=}").Id);
        Assert.Equal([new("k", "")], Read("{k=}").Pairs);
        Assert.Equal([new("k", "")], Read("{k=\"\"}").Pairs);
    }

    [Fact]
    public void Quoted_values_decode_entities_and_escapes_and_bare_values_only_escapes()
    {
        Assert.Equal("<A&bogus;", Read("{k=\"&lt;&#65;&bogus;\"}").Pairs[0].Value);
        Assert.Equal("a}b", Read("{k=\"a}b\"}").Pairs[0].Value);
        Assert.Equal("a\"b", Read("{k=\"a\\\"b\"}").Pairs[0].Value);
        Assert.Equal("a b", Read("{k=\"a\nb\"}").Pairs[0].Value);
        Assert.Equal("&lt;", Read("{k=&lt;}").Pairs[0].Value);
        Assert.Equal("a}b c", Read("{k=a\\}b\\ c}").Pairs[0].Value);
        Assert.Equal("\\n", Read("{k=\\n}").Pairs[0].Value);
    }

    [Fact]
    public void Identifiers_may_be_any_letters()
    {
        Assert.Equal(["é", "tiếng-việt"], Read("{.é .tiếng-việt}").Classes);
        Assert.Equal("a-b_c:d", Read("{#a-b_c:d}").Id);
    }

    [Theory]
    [InlineData("{=html}", "html")]
    [InlineData("{ =html5 }", "html5")]
    [InlineData("{=latex}", "latex")]
    public void A_raw_attribute_names_its_format(string text, string format)
    {
        Assert.True(PandocAttributes.TryParseRaw(text, 0, text.Length, out var read, out var next));
        Assert.Equal(format, read);
        Assert.Equal(text.Length, next);
    }

    [Theory]
    [InlineData("key", "data-key")]
    [InlineData("lang", "lang")]
    [InlineData("title", "title")]
    [InlineData("style", "style")]
    [InlineData("data-x", "data-x")]
    [InlineData("aria-label", "aria-label")]
    [InlineData("epub:type", "epub:type")]
    [InlineData("align", "data-align")]
    [InlineData("LANG", "data-LANG")]
    public void Keys_html5_does_not_know_become_data_attributes(string key, string name) =>
        Assert.Equal(name, Html5AttributeNames.Of(key));
}
