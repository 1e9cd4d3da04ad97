using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Blog.Localization;

/// <summary>
/// <c>&lt;div script-words="@ui.ScriptWords"&gt;</c> writes each of <see cref="ScriptWords"/> as a
/// <c>data-ui-{name}</c> attribute, so no page spells the list out by hand. (Razor finds only public tag
/// helpers with public properties, hence plain names and values rather than <see cref="UiStrings"/>.)
/// </summary>
[HtmlTargetElement(Attributes = AttributeName)]
public sealed class ScriptWordsTagHelper : TagHelper
{
    private const string AttributeName = "script-words";

    [HtmlAttributeName(AttributeName)]
    public IReadOnlyList<KeyValuePair<string, string>> Words { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var (name, text) in Words)
        {
            output.Attributes.SetAttribute("data-ui-" + name, text);
        }
    }
}
