import BidKitModel
@main struct Bench { static func main() {} }
