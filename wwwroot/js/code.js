// A copy button on every code block of a post, and a "#" link on every heading to share its section,
// labelled in the language of the version they are in; code and tables too wide for the page take focus.
(() => {
    "use strict";

    document.querySelectorAll(".post-body > :is(h2, h3, h4, h5, h6)[id]").forEach((heading) => {
        const link = document.createElement("a");
        link.className = "heading-anchor";
        link.href = "#" + encodeURIComponent(heading.id);
        link.textContent = "#";
        link.setAttribute("aria-label", heading.closest(".post-version")?.dataset.uiSectionLink ?? "Link to this section");
        heading.append(" ", link);
    });

    // A block whose lines are wider than the page scrolls sideways, and keyboard users scroll only
    // what can take focus (WCAG 2.1.1): such a block becomes a tab stop, and stops being one when the
    // window grows wide enough to show it whole, so that blocks which fit do not lengthen the tab order.
    const reachable = (block) => {
        if (block.scrollWidth > block.clientWidth) {
            block.tabIndex = 0;
        } else {
            block.removeAttribute("tabindex");
        }
    };
    const scrollable = document.querySelectorAll(".post-body pre, .post-body table");
    scrollable.forEach(reachable);
    if (window.ResizeObserver) {
        const watcher = new ResizeObserver((entries) => entries.forEach((entry) => reachable(entry.target)));
        scrollable.forEach((block) => watcher.observe(block));
    }

    if (!navigator.clipboard) {
        return;
    }

    document.querySelectorAll(".post-body pre").forEach((pre) => {
        const words = pre.closest(".post-version")?.dataset ?? {};
        const button = document.createElement("button");
        button.type = "button";
        button.className = "copy-code";
        button.textContent = words.uiCopy ?? "Copy";
        button.setAttribute("aria-live", "polite");
        button.addEventListener("click", async () => {
            try {
                await navigator.clipboard.writeText(pre.querySelector("code")?.textContent ?? pre.textContent);
            } catch {
                return;
            }
            button.textContent = words.uiCopied ?? "Copied";
            setTimeout(() => { button.textContent = words.uiCopy ?? "Copy"; }, 2000);
        });

        const block = document.createElement("div");
        block.className = "code-block";
        pre.replaceWith(block);
        block.append(button, pre);
    });
})();
