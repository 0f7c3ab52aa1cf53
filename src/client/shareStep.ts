/**
 * `<share-step>`: a step's link to its share page (the page with the step's own preview card).
 * Without JavaScript the link opens that page, which forwards to the chapter at the step. With it,
 * a click copies the link, or opens the share sheet on a touch screen; the code that does so loads
 * on the first click, so reading pages ship none of it.
 */
class ShareStep extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>("a.step-link");
    const status = this.querySelector<HTMLElement>(".step-link-status");
    if (!link || !status) return;
    link.addEventListener("click", (event) => {
      // A modified click (new tab, new window, download) keeps its usual meaning.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void import("./shareStepLink.ts").then(({ shareStepLink }) => shareStepLink(link, status));
    });
  }
}

customElements.define("share-step", ShareStep);
