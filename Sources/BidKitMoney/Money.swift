public enum Money {}
