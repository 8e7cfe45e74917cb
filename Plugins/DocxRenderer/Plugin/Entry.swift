import BidKitPluginSDK
import DocxWriter

@_cdecl("bidkit_plugin_entry")
public func bidkitPluginEntry() -> UnsafeRawPointer { PluginExport.descriptor(for: DocxWriter()) }
