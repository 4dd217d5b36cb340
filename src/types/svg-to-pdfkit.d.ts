declare module 'svg-to-pdfkit' {
  type Colour = [number[], number];
  interface Options {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    assumePt?: boolean;
    colorCallback?: (colour: Colour | undefined, raw?: string) => Colour | undefined;
    warningCallback?: (message: string) => void;
  }
  export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: Options): void;
}
