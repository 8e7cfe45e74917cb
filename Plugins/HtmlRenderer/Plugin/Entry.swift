import BidKitPluginSDK
import HtmlWriter

@_cdecl("bidkit_plugin_entry")
public func bidkitPluginEntry() -> UnsafeRawPointer { PluginExport.descriptor(for: HtmlWriter()) }
