import BidKitPluginSDK
import XlsxWriter

@_cdecl("bidkit_plugin_entry")
public func bidkitPluginEntry() -> UnsafeRawPointer { PluginExport.descriptor(for: XlsxWriter()) }
