// Marks, in the contents, the section being read (aria-current="location"), following the scroll.
(() => {
    "use strict";

    if (!("IntersectionObserver" in window)) {
        return;
    }

    const shownVersion = () => document.querySelector(".post-version:not([hidden])");
    let links = [];

    const mark = () => {
        const version = shownVersion();
        if (!version) {
            return;
        }
        const line = window.innerHeight * 0.3;
        let current = null;
        version.querySelectorAll(".post-body > :is(h1, h2, h3, h4, h5, h6)[id]").forEach((heading) => {
            if (heading.getBoundingClientRect().top <= line) {
                current = heading.id;
            }
        });
        links = [...version.querySelectorAll("nav.toc a[href^='#']")];
        links.forEach((link) => {
            if (current !== null && decodeURIComponent(link.hash.slice(1)) === current) {
                link.setAttribute("aria-current", "location");
            } else {
                link.removeAttribute("aria-current");
            }
        });
    };

    let scheduled = false;
    const schedule = () => {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame(() => { scheduled = false; mark(); });
        }
    };

    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("popstate", schedule);
    document.addEventListener("click", (event) => {
        if (event.target.closest?.(".language-toggle")) {
            requestAnimationFrame(schedule);
        }
    });
    mark();
})();
