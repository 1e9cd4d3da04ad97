// The language toggle. Without this script every toggle link simply opens the other language's page.
// With it, a post switches language in place: body, title, TOC, <html lang>, document title, meta
// description and address change without a reload, Back switches back, and the reader stays in the
// section they were reading. The choice is remembered in a cookie, so the server renders the next
// page in this language from the start.
(() => {
    "use strict";

    const cookieName = "lang";
    const cookieMaxAge = 60 * 60 * 24 * 365;

    const remember = (language) => {
        const secure = location.protocol === "https:" ? "; secure" : "";
        document.cookie = `${cookieName}=${encodeURIComponent(language)}; path=/; max-age=${cookieMaxAge}; samesite=lax${secure}`;
    };

    const toggle = document.querySelector("[data-language-toggle]");
    if (!toggle) {
        return;
    }

    const links = [...toggle.querySelectorAll("a[data-lang]")];
    const versions = [...document.querySelectorAll(".post-version[data-lang]")];

    // Outside a post (home and tag pages) the links navigate; only the choice needs remembering.
    if (versions.length < 2) {
        links.forEach((link) => link.addEventListener("click", () => remember(link.dataset.lang)));
        return;
    }

    const versionOf = (language) => versions.find((v) => v.dataset.lang === language);
    const shown = () => versions.find((v) => !v.hidden);
    const sectionHeadings = (version) => [...version.querySelectorAll(".post-body > :is(h1, h2, h3, h4, h5, h6)")];

    // The heading of the section being read: the last one above the upper part of the window.
    const readingPosition = (version) => {
        const line = window.innerHeight * 0.4;
        const headings = sectionHeadings(version);
        let index = -1;
        headings.forEach((heading, i) => {
            if (heading.getBoundingClientRect().top <= line) {
                index = i;
            }
        });
        return index < 0 ? null : { index, top: headings[index].getBoundingClientRect().top };
    };

    // Pandoc's TOC ids belong to the version shown; the hidden ones carry their language, so no id repeats.
    const moveTocIds = (from, to) => {
        const rename = (version, suffix) => {
            const nav = version.querySelector("nav.toc");
            const title = nav?.querySelector("h2");
            if (nav && title) {
                nav.id = "TOC" + suffix;
                title.id = "toc-title" + suffix;
                nav.setAttribute("aria-labelledby", title.id);
            }
        };
        rename(from, "-" + from.dataset.lang);
        rename(to, "");
    };

    const updateHead = (version) => {
        document.documentElement.lang = version.lang;
        document.title = version.dataset.title;
        // A version without a description has none in its own page either.
        let description = document.querySelector('meta[name="description"]');
        if (version.dataset.description) {
            if (!description) {
                description = document.head.appendChild(document.createElement("meta"));
                description.name = "description";
            }
            description.content = version.dataset.description;
        } else {
            description?.remove();
        }
        const alternate = document.querySelector(`link[rel="alternate"][hreflang="${version.lang}"]`);
        const canonical = document.querySelector('link[rel="canonical"]');
        if (alternate && canonical) {
            canonical.href = alternate.href;
        }
    };

    // The frame of the page (home link, navigation words) speaks the language shown too.
    const updateChrome = (version) => {
        const words = version.dataset;
        document.querySelectorAll("[data-home-link]").forEach((link) => link.setAttribute("href", words.home));
        document.querySelectorAll("[data-archive-link]").forEach((link) => link.setAttribute("href", words.archive));
        document.querySelectorAll("[data-tags-link]").forEach((link) => link.setAttribute("href", words.tags));
        document.querySelectorAll("[data-search-form]").forEach((form) => form.setAttribute("action", words.search));
        // data-ui="theme-dark" takes its text from the version's data-ui-theme-dark attribute, and
        // data-ui-label="site" its aria-label from data-ui-site: the server writes both from one list.
        const word = (name) => words["ui" + name.replace(/(?:^|-)([a-z])/g, (_, letter) => letter.toUpperCase())];
        document.querySelectorAll("[data-ui]").forEach((element) => {
            const text = word(element.dataset.ui);
            if (text !== undefined) {
                element.textContent = text;
            }
        });
        document.querySelectorAll("[data-ui-label]").forEach((element) => {
            const label = word(element.dataset.uiLabel);
            if (label !== undefined) {
                element.setAttribute("aria-label", label);
            }
        });
        const menu = version.querySelector("template[data-menu]");
        document.querySelectorAll(".site-menu").forEach((nav) => {
            if (menu) {
                nav.replaceChildren(menu.content.cloneNode(true));
                nav.setAttribute("aria-label", menu.dataset.uiMenu);
            }
        });
    };

    const switchTo = (language, push) => {
        const from = shown();
        const to = versionOf(language);
        if (!from || !to || from === to) {
            return;
        }

        const position = readingPosition(from);
        from.hidden = true;
        to.hidden = false;
        moveTocIds(from, to);
        updateHead(to);
        updateChrome(to);
        links.forEach((link) => {
            if (link.dataset.lang === language) {
                link.setAttribute("aria-current", "page");
            } else {
                link.removeAttribute("aria-current");
            }
        });

        if (push) {
            history.pushState({ lang: language }, "", to.dataset.url);
        }

        if (position) {
            const headings = sectionHeadings(to);
            const target = headings[Math.min(position.index, headings.length - 1)];
            if (target) {
                window.scrollBy(0, target.getBoundingClientRect().top - position.top);
            }
        }
    };

    links.forEach((link) => link.addEventListener("click", (event) => {
        // Let the browser handle new tabs and windows.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        remember(link.dataset.lang);
        switchTo(link.dataset.lang, true);
    }));

    // Back and Forward: the address says which language to show, whatever made the history entry
    // (the toggle, or a jump to a heading or footnote).
    window.addEventListener("popstate", () => {
        const version = versions.find((v) => v.dataset.url === location.pathname);
        if (version && version.hidden) {
            remember(version.dataset.lang);
            switchTo(version.dataset.lang, false);
        }
    });

    // A link to a heading of another language (#tiếng-việt from a pandoc-built page) shows that language.
    const followHash = () => {
        let id;
        try {
            id = decodeURIComponent(location.hash.slice(1));
        } catch {
            return;
        }
        const target = id ? document.getElementById(id) : null;
        const version = target?.closest(".post-version");
        if (version && version.hidden) {
            switchTo(version.dataset.lang, false);
            history.replaceState({ lang: version.dataset.lang }, "", version.dataset.url + location.hash);
            target.scrollIntoView();
        }
    };

    window.addEventListener("hashchange", followHash);
    followHash();
})();
