declare namespace App {
  interface Locals {
    /** Per-page counter for element ids (two plots on one page never share an id). */
    idCounter?: number;
  }
}
