// A copy button on every code block of a post, labelled in the block's language version.
(() => {
    "use strict";

    if (!navigator.clipboard) {
        return;
    }

    document.querySelectorAll(".post-body pre").forEach((pre) => {
        const words = pre.closest(".post-version")?.dataset ?? {};
        const button = document.createElement("button");
        button.type = "button";
        button.className = "copy-code";
        button.textContent = words.uiCopy ?? "Copy";
        button.addEventListener("click", async () => {
            await navigator.clipboard.writeText(pre.querySelector("code")?.textContent ?? pre.textContent);
            button.textContent = words.uiCopied ?? "Copied";
            setTimeout(() => { button.textContent = words.uiCopy ?? "Copy"; }, 2000);
        });

        const block = document.createElement("div");
        block.className = "code-block";
        pre.replaceWith(block);
        block.append(button, pre);
    });
})();
