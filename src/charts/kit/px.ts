/** A coordinate as SVG markup needs it: a tenth of a pixel is finer than any screen, and keeps the HTML small. */
export const px = (value: number): number => Number(value.toFixed(1));
