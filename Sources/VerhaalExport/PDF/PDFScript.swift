/// The Python-UNO program that turns an `.odt` into a PDF: `odt_to_pdf.py` beside this file,
/// compiled into the binary (so an installed `verhaal` needs no resource folder) and checked by
/// `make lint` with Python's `py_compile`.
enum PDFScript {
    static let source = String(decoding: PackageResources.odt_to_pdf_py, as: UTF8.self)
}
