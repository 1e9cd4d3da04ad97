using System.Collections.Frozen;

namespace Blog.Content.Markdown.Attributes;

/// <summary>
/// The keys pandoc's HTML5 writer writes as they are; any other key becomes <c>data-key</c>, so
/// <c>[x]{key=value}</c> is <c>&lt;span data-key="value"&gt;</c> and <c>{lang=vi}</c> stays <c>lang</c>.
/// The list is pandoc 2.17's, read off its output for each name; like pandoc it is case-sensitive.
/// </summary>
internal static class Html5AttributeNames
{
    private static readonly FrozenSet<string> Kept = new[]
    {
        "abbr", "about", "accept", "accept-charset", "accesskey", "action", "allow", "allowfullscreen", "allowpaymentrequest",
        "allowusermedia", "alt", "as", "async", "autocapitalize", "autocomplete", "autofocus", "autoplay", "charset", "checked",
        "cite", "color", "cols", "colspan", "content", "contenteditable", "controls", "coords", "crossorigin", "data", "datatype",
        "datetime", "decoding", "default", "defer", "dir", "dirname", "disabled", "download", "draggable", "enctype",
        "enterkeyhint", "for", "form", "formaction", "formenctype", "formmethod", "formnovalidate", "formtarget", "headers",
        "height", "hidden", "high", "href", "hreflang", "http-equiv", "imagesizes", "imagesrcset", "inputmode", "integrity",
        "is", "ismap", "itemid", "itemprop", "itemref", "itemscope", "itemtype", "kind", "label", "lang", "list", "loading",
        "loop", "low", "manifest", "max", "maxlength", "media", "method", "min", "minlength", "multiple", "muted", "name",
        "nomodule", "nonce", "novalidate", "onabort", "onafterprint", "onauxclick", "onbeforeprint", "onbeforeunload", "onblur",
        "oncancel", "oncanplay", "oncanplaythrough", "onchange", "onclick", "onclose", "oncontextmenu", "oncopy", "oncuechange",
        "oncut", "ondblclick", "ondrag", "ondragend", "ondragenter", "ondragexit", "ondragleave", "ondragover", "ondragstart",
        "ondrop", "ondurationchange", "onemptied", "onended", "onerror", "onfocus", "onhashchange", "oninput", "oninvalid",
        "onkeydown", "onkeypress", "onkeyup", "onlanguagechange", "onload", "onloadeddata", "onloadedmetadata", "onloadend",
        "onloadstart", "onmessage", "onmessageerror", "onmousedown", "onmouseenter", "onmouseleave", "onmousemove", "onmouseout",
        "onmouseover", "onmouseup", "onoffline", "ononline", "onpagehide", "onpageshow", "onpaste", "onpause", "onplay",
        "onplaying", "onpopstate", "onprogress", "onratechange", "onrejectionhandled", "onreset", "onresize", "onscroll",
        "onsecuritypolicyviolation", "onseeked", "onseeking", "onselect", "onstalled", "onstorage", "onsubmit", "onsuspend",
        "ontimeupdate", "ontoggle", "onunhandledrejection", "onunload", "onvolumechange", "onwaiting", "onwheel", "open",
        "optimum", "pattern", "ping", "placeholder", "playsinline", "poster", "prefix", "preload", "property", "readonly",
        "referrerpolicy", "rel", "required", "resource", "rev", "reversed", "role", "rows", "rowspan", "sandbox", "scope",
        "selected", "shape", "size", "sizes", "slot", "span", "spellcheck", "src", "srcdoc", "srclang", "srcset", "start",
        "step", "style", "tabindex", "target", "title", "translate", "type", "typemustmatch", "typeof", "updateviacache",
        "usemap", "value", "vocab", "width", "workertype", "wrap",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Of(string key) =>
        Kept.Contains(key) || key.StartsWith("data-", StringComparison.Ordinal) || key.StartsWith("aria-", StringComparison.Ordinal) || key.Contains(':', StringComparison.Ordinal)
            ? key
            : "data-" + key;
}
