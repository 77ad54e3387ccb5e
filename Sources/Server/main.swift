import Core
print("lede")
