import BidKitPluginSDK
import PdfWriter

@_cdecl("bidkit_plugin_entry")
public func bidkitPluginEntry() -> UnsafeRawPointer { PluginExport.descriptor(for: PdfWriter()) }
