/**
 * The IR's text form: {@link dev.kiln.ir.text.IrPrinter} writes it, {@link dev.kiln.ir.text.IrParser}
 * reads it back, and print → parse → print is the identity.
 */
package dev.kiln.ir.text;
