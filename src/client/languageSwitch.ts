/** `<language-switch>`: keeps the reader's step when changing edition, by carrying the URL hash over. */
class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    this.addEventListener("click", (event) => {
      const link = (event.target as Element | null)?.closest("a");
      if (link && location.hash) link.hash = location.hash;
    });
  }
}

customElements.define("language-switch", LanguageSwitch);
