// The BidKit core library: load → assemble → check → render (docs/architecture.md).
// Clients import BidKit alone; the model, money and plugin host modules come with it.
@_exported import BidKitModel
@_exported import BidKitMoney
@_exported import BidKitPluginHost
