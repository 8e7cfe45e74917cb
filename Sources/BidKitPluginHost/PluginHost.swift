import BidKitModel
public struct PluginHost {}
