/// The Python-UNO program that has LibreOffice convert a document: `office_convert.py` beside
/// this file, compiled into the binary (so an installed `verhaal` needs no resource folder) and
/// checked by `make lint` with Python's `py_compile`.
enum OfficeScript {
    static let source = String(decoding: PackageResources.office_convert_py, as: UTF8.self)
}
