public enum BidKitCore {}
