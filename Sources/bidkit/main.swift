print("bidkit")
