/// Fetches feeds and stores their articles (placeholder until fetching lands).
public enum Refresher {}
