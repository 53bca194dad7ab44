import CLibXML2
import Foundation
import VerhaalKit

/// A streaming XML writer over libxml2's `xmlTextWriter`, writing into memory.
///
/// Owns the writer and its buffer and frees both. Every libxml2 return code is checked; text
/// that XML 1.0 cannot hold is refused instead of written. No indentation: it would add
/// whitespace to mixed content.
final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    private var buffer: xmlBufferPtr?

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        LibXML2.initialize()
        buffer = xmlBufferCreate()
        guard let buffer else { throw Failure(description: "libxml2 could not allocate a buffer") }
        writer = xmlNewTextWriterMemory(buffer, 0)
        guard writer != nil else { throw Failure(description: "libxml2 could not create a writer") }
    }

    /// A writer that streams into an open file instead of memory; `finish()` then returns no
    /// bytes. The descriptor stays open and belongs to the caller.
    init(fileDescriptor: Int32) throws {
        LibXML2.initialize()
        guard let output = xmlOutputBufferCreateFd(fileDescriptor, nil) else {
            throw Failure(description: "libxml2 could not write to the file")
        }
        writer = xmlNewTextWriter(output)
        guard writer != nil else {
            xmlOutputBufferClose(output)
            throw Failure(description: "libxml2 could not create a writer")
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    func start(_ name: String) throws {
        try check(xmlTextWriterStartElement(writer, name), "open <\(name)>")
    }

    func end() throws {
        try check(xmlTextWriterEndElement(writer), "close an element")
    }

    func attribute(_ name: String, _ value: String) throws {
        try checkCharacters(value)
        try check(xmlTextWriterWriteAttribute(writer, name, value), "write attribute \(name)")
    }

    func text(_ text: String) throws {
        guard !text.isEmpty else { return }
        try checkCharacters(text)
        try check(xmlTextWriterWriteString(writer, text), "write text")
    }

    /// `<name attributes…>text</name>`.
    func element(_ name: String, _ attributes: [(String, String)] = [], text: String) throws {
        try start(name)
        for (key, value) in attributes { try attribute(key, value) }
        try self.text(text)
        try end()
    }

    /// A line break between elements whose parent holds only elements, where whitespace has no
    /// meaning; it keeps line numbers useful in validation messages. Never inside mixed content.
    func newline() throws {
        try check(xmlTextWriterWriteString(writer, "\n"), "write a line break")
    }

    /// Makes room for `count` more bytes at once, so that a document put together from parts
    /// of known size is not copied to a buffer twice as large as it grows.
    func reserve(_ count: Int) throws {
        guard let buffer else { return }  // streamed to a file
        try check(xmlTextWriterFlush(writer), "make room in the document")
        guard let size = UInt32(exactly: Int(xmlBufferLength(buffer)) + count) else { return }
        guard xmlBufferResize(buffer, size) != 0 else { throw Failure(description: "libxml2 could not make room for the document") }
    }

    /// Bytes another `XMLWriter` made (`fragment()`), written as they are: they were checked
    /// when that writer wrote them.
    func raw(_ fragment: Data) throws {
        guard !fragment.isEmpty else { return }
        let written = fragment.withUnsafeBytes { bytes in
            xmlTextWriterWriteRawLen(writer, bytes.bindMemory(to: xmlChar.self).baseAddress, Int32(bytes.count))
        }
        try check(written, "write a part of the document")
    }

    func processingInstruction(_ target: String) throws {
        try check(xmlTextWriterWritePI(writer, target, nil), "write a processing instruction")
    }

    /// Closes every open element, flushes, and returns the document's bytes.
    func finish() throws -> Data {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        xmlFreeTextWriter(writer)
        writer = nil
        guard let buffer else { return Data() }  // streamed to a file
        let length = Int(xmlBufferLength(buffer))
        // Take the buffer's memory over instead of copying it: on a large library the document
        // is the biggest thing in memory.
        guard let content = xmlBufferDetach(buffer) else { throw Failure(description: "libxml2 returned no document") }
        return Data(
            bytesNoCopy: content, count: length,
            deallocator: .custom { pointer, _ in
                verhaal_xmlFree(pointer)
            })
    }

    /// The bytes written so far, for a writer that made a part of a document (elements
    /// without a document around them) to be put in another with `raw`.
    func fragment() throws -> Data {
        try check(xmlTextWriterFlush(writer), "finish a part of the document")
        guard let buffer else { throw Failure(description: "a part of a document is made in memory") }
        return Data(bytes: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer)))
    }

    /// `step` is only built when the call failed: most calls succeed, and there are millions.
    private func check(_ result: Int32, _ step: @autoclosure () -> String) throws {
        guard result >= 0 else { throw Failure(description: "libxml2 could not \(step())") }
    }

    private func checkCharacters(_ text: String) throws {
        if let forbidden = DocumentCharacters.firstForbidden(in: text) {
            throw Failure(description: "the text contains \(DocumentCharacters.name(forbidden.scalar)), which XML cannot hold")
        }
    }
}
