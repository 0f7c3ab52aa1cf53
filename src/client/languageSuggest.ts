import { bestLanguage } from "./bestLanguage.ts";

/**
 * `<language-suggest>`: marks the edition that best fits the browser's languages as
 * suggested. It never redirects: the reader always chooses.
 */
class LanguageSuggest extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>("a[data-lang]")];
    const best = bestLanguage(
      navigator.languages,
      links.map((link) => link.dataset["lang"] ?? ""),
    );
    const link = links.find((candidate) => candidate.dataset["lang"] === best);
    if (link) link.classList.add("is-suggested");
  }
}

customElements.define("language-suggest", LanguageSuggest);
