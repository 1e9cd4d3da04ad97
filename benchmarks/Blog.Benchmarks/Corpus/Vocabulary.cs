namespace Blog.Benchmarks.Corpus;

/// <summary>
/// Words for generated posts: everyday technical English, and Vietnamese with its diacritics, so the
/// corpus exercises the same slugs, search folding and UTF-8 paths as real bilingual posts.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] English =
    [
        "cache", "queue", "request", "server", "latency", "thread", "message", "index", "query", "deploy",
        "build", "test", "module", "service", "network", "packet", "memory", "disk", "schema", "table",
        "reader", "writer", "author", "page", "feed", "release", "branch", "commit", "review", "design",
        "the", "a", "of", "to", "and", "in", "that", "with", "when", "every", "each", "before", "after",
        "quickly", "safely", "often", "rarely", "simple", "small", "large", "careful", "stable", "fast",
        "measure", "compare", "explain", "store", "load", "parse", "render", "serve", "retry", "watch",
    ];

    public static readonly string[] Vietnamese =
    [
        "bộ nhớ đệm", "hàng đợi", "yêu cầu", "máy chủ", "độ trễ", "luồng", "thông điệp", "chỉ mục", "truy vấn",
        "triển khai", "kiểm thử", "mô-đun", "dịch vụ", "mạng", "gói tin", "bộ nhớ", "ổ đĩa", "lược đồ", "bảng",
        "người đọc", "người viết", "tác giả", "trang", "bản phát hành", "nhánh", "đánh giá", "thiết kế",
        "của", "và", "trong", "khi", "mỗi", "trước", "sau", "nhanh chóng", "an toàn", "thường xuyên",
        "hiếm khi", "đơn giản", "nhỏ", "lớn", "cẩn thận", "ổn định", "nhanh", "đo lường", "so sánh",
        "giải thích", "lưu trữ", "tải", "phân tích", "hiển thị", "phục vụ", "thử lại", "theo dõi", "là", "một",
    ];

    public static readonly string[] Tags =
    [
        "caching", "queues", "databases", "networking", "testing", "git", "dotnet", "linux", "performance",
        "security", "design", "writing", "debugging", "observability", "cloud", "containers", "http", "css",
        "accessibility", "search", "compilers", "parsing", "concurrency", "memory", "storage", "tooling",
        "reviews", "releases", "markdown", "unicode",
    ];

    public static readonly string[] CodeLanguages = ["csharp", "bash", "json", "sql", "python"];
}
