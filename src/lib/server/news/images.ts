// Pictures for news posts: checked by their content, scaled once at upload with sharp, stored in
// the database like other documents. The original is kept but never served: what is served has
// been decoded and encoded again, without the camera's metadata (sharp drops EXIF, GPS included).
import { fileTypeFromBuffer } from 'file-type';
import sharp, { type OutputInfo } from 'sharp';
import { ValidationError } from '../core/errors.ts';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** The widths served: a list card, the post's column, and a shared link's preview (Open Graph). */
export const IMAGE_WIDTHS = [480, 960, 1200] as const;
const accepted: Record<string, string> = {
	jpg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp'
};

export interface ScaledImage {
	contentType: string;
	width: number;
	height: number;
	variants: { width: number; height: number; format: 'jpeg' | 'webp'; content: Uint8Array }[];
}

/**
 * Reads an uploaded picture: JPEG, PNG or WebP by its content (a renamed file is refused), at most
 * 10 MB and 40 megapixels, and makes each served size as JPEG and WebP, turned the way the camera
 * held it, never wider than the original.
 */
export async function scaleImage(content: Uint8Array): Promise<ScaledImage> {
	if (!content.byteLength) throw new ValidationError({ image: 'document_error_empty' });
	if (content.byteLength > MAX_IMAGE_BYTES)
		throw new ValidationError({ image: 'news_error_image_size' });
	const detected = await fileTypeFromBuffer(content);
	if (!detected || !(detected.ext in accepted))
		throw new ValidationError({ image: 'news_error_image_type' });
	const input = () => sharp(content, { limitInputPixels: 40_000_000, failOn: 'error' }).rotate();
	let meta: OutputInfo;
	try {
		meta = (await input().toBuffer({ resolveWithObject: true })).info;
	} catch {
		throw new ValidationError({ image: 'news_error_image_type' });
	}
	const widths = [...new Set(IMAGE_WIDTHS.map((w) => Math.min(w, meta.width)))];
	const variants: ScaledImage['variants'] = [];
	for (const width of widths)
		for (const format of ['jpeg', 'webp'] as const) {
			const scaled = input().resize({ width, withoutEnlargement: true });
			const { data, info } = await (
				format === 'jpeg'
					? scaled.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true })
					: scaled.webp({ quality: 80 })
			).toBuffer({ resolveWithObject: true });
			variants.push({ width, height: info.height, format, content: new Uint8Array(data) });
		}
	return {
		contentType: accepted[detected.ext],
		width: meta.width,
		height: meta.height,
		variants
	};
}
