// The theme toggle. Without this script the toggle links ask the server to remember the theme and
// come back; with it, the theme changes at once and the cookie is written here. Either way the server
// puts the chosen theme on <html> for the next page, so it is there before the first paint.
(() => {
    "use strict";

    document.querySelectorAll("[data-theme-to]").forEach((link) => link.addEventListener("click", (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        const theme = link.dataset.themeTo;
        const secure = location.protocol === "https:" ? "; secure" : "";
        if (theme === "system") {
            // Forget the choice: the system's preference decides again.
            document.cookie = `theme=; path=/; max-age=0; samesite=lax${secure}`;
            document.documentElement.removeAttribute("data-theme");
        } else {
            document.cookie = `theme=${theme}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax${secure}`;
            document.documentElement.dataset.theme = theme;
        }
        document.querySelector("[data-theme-to]:not([hidden])")?.focus();
    }));
})();
