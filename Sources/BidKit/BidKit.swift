@_exported import BidKitPluginHost
@_exported import BidKitMoney
public enum BidKitCore {}
