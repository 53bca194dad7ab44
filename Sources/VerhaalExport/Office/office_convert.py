"""The Python-UNO program that has LibreOffice convert a document (Verhaal's OfficeConverter runs it).

It starts LibreOffice headless with a profile of its own, opens the document hidden, updates
every index of a text document (so the contents get their page numbers), and stores it with the
export filter named: a text document's PDF is PDF/A-2b with bookmarks from the headings, links,
and the document properties from meta.xml; Word and PowerPoint files keep those properties too.

Usage: python3 office_convert.py SOURCE TARGET SOFFICE FILTER
"""
import os, subprocess, sys, time, tempfile, shutil
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

source, target, soffice, export_filter = sys.argv[1:5]
profile = tempfile.mkdtemp(prefix="verhaal-lo-")
pipe = "verhaal-%d" % os.getpid()
office = subprocess.Popen(
    [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
     "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
     "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    context = None
    for attempt in range(600):
        if office.poll() is not None:
            sys.exit("LibreOffice stopped before it could be reached (exit %d)" % office.returncode)
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except NoConnectException:
            time.sleep(0.1)
    if context is None:
        sys.exit("LibreOffice did not answer within 60 seconds")
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    if document is None:
        sys.exit("LibreOffice could not open the document")
    # Twice: the first update can move pages when the contents grow. Slides have no indexes.
    if hasattr(document, "getDocumentIndexes"):
        for _ in range(2):
            indexes = document.getDocumentIndexes()
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
            document.refresh()
    arguments = [prop("FilterName", export_filter)]
    if export_filter == "writer_pdf_Export":
        arguments.append(prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", tuple([
            prop("SelectPdfVersion", 2),
            prop("UseTaggedPDF", True),
            prop("ExportBookmarks", True),
            prop("ExportLinksRelativeFsys", False),
            prop("ConvertOOoTargetToPDFTarget", True),
            prop("ExportBookmarksToPDFDestination", True),
        ]))))
    uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(target), tuple(arguments)))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        office.wait(timeout=30)
    except subprocess.TimeoutExpired:
        office.kill()
    shutil.rmtree(profile, ignore_errors=True)
